using System.Text.RegularExpressions;

namespace SearchService.Core.Documents;

/// <summary>
/// Finds the region a document is about from its text. Every mention of a region counts: 3 when it
/// is written "Region X" (the organisation itself), 1 for other forms (genitive, adjective, county).
/// The top region is the document's region when it scores at least 3 and at least twice the next
/// one; otherwise the document has no single region (a national item naming many).
/// </summary>
internal static class RegionDetector
{
    private const int OrganisationWeight = 3;
    private const int MinimumScore = 3;
    private const int DominanceFactor = 2;

    // One expression for all regions, each region's forms in a group of its own, so the text is scanned once
    // rather than once per region (21 scans were about a twentieth of indexing's CPU time). Forms of different
    // regions never overlap (each begins a word of its own), so the matches are the ones per-region scans find.
    private static readonly Regex Mentions = new(
        $@"(?<![\p{{L}}\p{{N}}])(?:region\s+)?(?:{string.Join('|', SwedishRegions.All.Select((r, i) => $"(?<r{i}>{string.Join('|', r.Forms)})"))})(?![\p{{L}}\p{{N}}])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static readonly int[] RegionGroups = [.. SwedishRegions.All.Select((_, i) => Mentions.GroupNumberFromName($"r{i}"))];

    /// <summary>The outcome: the single region (or null) and all mentioned regions, most mentioned first.</summary>
    public sealed record Detection(string? Region, IReadOnlyList<string> Mentioned);

    /// <summary>Detects the region of a document from its text.</summary>
    public static Detection Detect(string text)
    {
        var counts = new int[RegionGroups.Length];
        foreach (Match match in Mentions.Matches(text))
        {
            var region = Array.FindIndex(RegionGroups, group => match.Groups[group].Success);
            counts[region] += match.Value.StartsWith("region", StringComparison.OrdinalIgnoreCase) ? OrganisationWeight : 1;
        }
        var scores = SwedishRegions.All
            .Select((r, i) => (r.Name, Score: counts[i]))
            .Where(s => s.Score > 0)
            .OrderByDescending(s => s.Score)
            .ThenBy(s => s.Name, StringComparer.Ordinal)
            .ToList();
        if (scores.Count == 0)
        {
            return new Detection(null, []);
        }
        var top = scores[0];
        var runnerUp = scores.Count > 1 ? scores[1].Score : 0;
        var single = top.Score >= MinimumScore && top.Score >= DominanceFactor * runnerUp ? top.Name : null;
        return new Detection(single, scores.Select(s => s.Name).ToList());
    }
}
