using System.Text.RegularExpressions;

namespace SearchService.Core.Documents.Readers.Pdf;

/// <summary>Finds the page furniture of a PDF: running headers and footers (lines at the top or
/// bottom of a page that repeat, digits aside, on at least half of the pages) and page numbers.</summary>
internal static partial class RunningLines
{
    private const int EdgeLines = 2;

    /// <summary>The pages' lines without running headers, footers and page numbers.</summary>
    public static IReadOnlyList<IReadOnlyList<PdfLine>> Remove(IReadOnlyList<IReadOnlyList<PdfLine>> pages)
    {
        var edges = pages.Select(Edges).ToList();
        var pagesPerKey = edges.SelectMany(e => e.Select(Key).Distinct()).CountBy(k => k).ToDictionary(p => p.Key, p => p.Value);
        var repeatedOn = Math.Max(2, (pages.Count + 1) / 2);
        return pages.Select((lines, i) => (IReadOnlyList<PdfLine>)lines
                .Where(line => !edges[i].Contains(line) || (!PageNumber().IsMatch(line.Text.Trim()) && pagesPerKey[Key(line)] < repeatedOn))
                .ToList())
            .ToList();
    }

    // The top-most and bottom-most lines of the page, whatever the reading order.
    private static HashSet<PdfLine> Edges(IReadOnlyList<PdfLine> lines)
    {
        var byHeight = lines.OrderByDescending(l => l.Baseline).ToList();
        return byHeight.Take(EdgeLines).Concat(byHeight.TakeLast(EdgeLines)).ToHashSet();
    }

    private static string Key(PdfLine line) => Digits().Replace(line.Text.Trim().ToLowerInvariant(), "#");

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();

    [GeneratedRegex(@"^(sida\s+|s\.\s*|page\s+)?\d{1,4}(\s*(av|/|of)\s*\d{1,4})?$|^[-–]\s*\d{1,4}\s*[-–]$", RegexOptions.IgnoreCase)]
    private static partial Regex PageNumber();
}
