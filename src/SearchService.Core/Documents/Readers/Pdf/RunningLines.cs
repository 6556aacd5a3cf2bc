using System.Text.RegularExpressions;

namespace SearchService.Core.Documents.Readers.Pdf;

/// <summary>Finds the page furniture of a PDF: running headers and footers (at most two lines at the
/// top or bottom of a page, set apart from the body by a wide gap, that repeat, digits aside, on at
/// least half of the pages) and page numbers standing there.</summary>
internal static partial class RunningLines
{
    private const int EdgeLines = 2;

    // A header or footer stands apart from the body by more than this many times its type size.
    private const double SeparatingGap = 2.0;

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

    // The lines above the first wide gap from the top and below the last from the bottom, when they are few.
    private static HashSet<PdfLine> Edges(IReadOnlyList<PdfLine> lines)
    {
        var fromTop = lines.OrderByDescending(l => l.Baseline).ToList();
        var edges = EdgeBlock(fromTop).ToHashSet();
        fromTop.Reverse();
        edges.UnionWith(EdgeBlock(fromTop));
        return edges;
    }

    private static IEnumerable<PdfLine> EdgeBlock(List<PdfLine> fromEdge)
    {
        for (var i = 0; i < Math.Min(EdgeLines, fromEdge.Count - 1); i++)
        {
            if (Math.Abs(fromEdge[i].Baseline - fromEdge[i + 1].Baseline) > SeparatingGap * fromEdge[i].FontSize)
            {
                return fromEdge.Take(i + 1);
            }
        }
        return [];
    }

    private static string Key(PdfLine line) => Digits().Replace(line.Text.Trim().ToLowerInvariant(), "#");

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();

    [GeneratedRegex(@"^(sida\s+|s\.\s*|page\s+)?\d{1,4}(\s*(av|/|of)\s*\d{1,4})?$|^[-–]\s*\d{1,4}\s*[-–]$", RegexOptions.IgnoreCase)]
    private static partial Regex PageNumber();
}
