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

    private static readonly IReadOnlyList<(string Name, Regex Pattern)> Patterns =
        SwedishRegions.All
            .Select(r => (r.Name, new Regex(
                $@"(?<![\p{{L}}\p{{N}}])(?:region\s+)?(?:{string.Join('|', r.Forms)})(?![\p{{L}}\p{{N}}])",
                RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled)))
            .ToList();

    /// <summary>The outcome: the single region (or null) and all mentioned regions, most mentioned first.</summary>
    public sealed record Detection(string? Region, IReadOnlyList<string> Mentioned);

    /// <summary>Detects the region of a document from its text.</summary>
    public static Detection Detect(string text)
    {
        var scores = Patterns
            .Select(p => (p.Name, Score: p.Pattern.Matches(text).Sum(m => m.Value.StartsWith("region", StringComparison.OrdinalIgnoreCase) ? OrganisationWeight : 1)))
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
