using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using SearchService.Core.Analysis;

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

    // One expression for all regions, so the text is scanned once rather than once per region (21 scans were about
    // a twentieth of indexing's CPU time), without groups: a match is enumerated as a position and a length, and
    // only then told apart by each region's own anchored expression (Match objects with 22 groups each were 120 MB
    // of the 200k corpus's indexing). Forms of different regions never overlap (each begins a word of its own), so
    // exactly one region's expression matches a match whole, and the matches are the ones per-region scans find.
    private const string Before = @"(?<![\p{L}\p{N}])";
    private const string After = @"(?![\p{L}\p{N}])";
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    private static readonly Regex Mentions = new(
        $@"{Before}(?:region\s+)?(?:{string.Join('|', SwedishRegions.All.Select(r => $"(?:{string.Join('|', r.Forms)})"))}){After}",
        Options | RegexOptions.Compiled | RegexOptions.ExplicitCapture);

    private static readonly Regex[] RegionMentions =
        [.. SwedishRegions.All.Select(r => new Regex($@"\A(?:region\s+)?(?:{string.Join('|', r.Forms)})\z", Options | RegexOptions.ExplicitCapture))];

    // The longest mention remembered by its letters (the longest form, "region jämtland / härjedalens", is 31).
    private const int LongestRemembered = 64;

    // Mentions already told apart, by their lower-case letters with each run of white space one space. Forms are
    // a finite set of words, so this holds a few hundred entries at most; trying up to 21 expressions was two
    // fifths of detecting regions.
    private static readonly ConcurrentDictionary<string, int> Known = new(StringComparer.Ordinal);

    // The region whose forms make up the whole mention (-1 for none, which the combined expression cannot find).
    private static int RegionOf(ReadOnlySpan<char> mention)
    {
        if (mention.Length > LongestRemembered)
        {
            return Tell(mention);
        }
        Span<char> key = stackalloc char[LongestRemembered];
        var length = LowerCase.Collapsed(mention, key);
        var lookup = Known.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(key[..length], out var known))
        {
            return known;
        }
        var region = Tell(mention);
        Known.TryAdd(key[..length].ToString(), region);
        return region;
    }

    private static int Tell(ReadOnlySpan<char> mention)
    {
        for (var i = 0; i < RegionMentions.Length; i++)
        {
            if (RegionMentions[i].IsMatch(mention))
            {
                return i;
            }
        }
        return -1;
    }

    /// <summary>The outcome: the single region (or null) and all mentioned regions, most mentioned first.</summary>
    public sealed record Detection(string? Region, IReadOnlyList<string> Mentioned);

    /// <summary>Detects the region of a document from its text.</summary>
    public static Detection Detect(string text)
    {
        var counts = new int[RegionMentions.Length];
        foreach (var match in Mentions.EnumerateMatches(text))
        {
            var mention = text.AsSpan(match.Index, match.Length);
            if (RegionOf(mention) is var region and >= 0)
            {
                counts[region] += mention.StartsWith("region", StringComparison.OrdinalIgnoreCase) ? OrganisationWeight : 1;
            }
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
