using UglyToad.PdfPig.Content;

namespace SearchService.Core.Documents.Readers.Pdf;

/// <summary>Puts a page's words into lines in reading order. When the page has two columns (a
/// vertical gutter near the middle that almost no word crosses) the left column is read before the
/// right one; lines spanning both (a title above the columns) stay where they stand.</summary>
internal static class PdfPageLayout
{
    private const double GutterWidth = 10;
    private const double MaxCrossingShare = 0.05;
    private const double MinColumnShare = 0.2;

    public static IReadOnlyList<PdfLine> Lines(IReadOnlyList<Word> words, double pageWidth)
    {
        var placed = words.Where(w => !string.IsNullOrWhiteSpace(w.Text)).ToList();
        var gutter = FindGutter(placed, pageWidth);
        if (gutter is null)
        {
            return GroupLines(placed);
        }
        var (left, right) = (gutter.Value, gutter.Value + GutterWidth);
        var spanning = GroupLines(placed.Where(w => w.BoundingBox.Left < right && w.BoundingBox.Right > left).ToList());
        var leftColumn = GroupLines(placed.Where(w => w.BoundingBox.Right <= left).ToList());
        var rightColumn = GroupLines(placed.Where(w => w.BoundingBox.Left >= right).ToList());

        // Spanning lines cut the page into bands; each band is read left column first.
        var ordered = new List<PdfLine>();
        var upper = double.MaxValue;
        foreach (var cut in spanning.Append(null))
        {
            var lower = cut?.Baseline ?? double.MinValue;
            ordered.AddRange(leftColumn.Where(l => l.Baseline < upper && l.Baseline >= lower));
            ordered.AddRange(rightColumn.Where(l => l.Baseline < upper && l.Baseline >= lower));
            if (cut is not null)
            {
                ordered.Add(cut);
                upper = cut.Baseline;
            }
        }
        return ordered;
    }

    private static double? FindGutter(IReadOnlyList<Word> words, double pageWidth)
    {
        if (words.Count < 20)
        {
            return null;
        }
        double? best = null;
        var fewest = int.MaxValue;
        for (var x = pageWidth * 0.3; x <= pageWidth * 0.7 - GutterWidth; x += 1)
        {
            var crossing = words.Count(w => w.BoundingBox.Left < x + GutterWidth && w.BoundingBox.Right > x);
            if (crossing < fewest)
            {
                fewest = crossing;
                best = x;
            }
        }
        if (best is null || fewest > words.Count * MaxCrossingShare)
        {
            return null;
        }
        var leftCount = words.Count(w => w.BoundingBox.Right <= best.Value);
        var rightCount = words.Count(w => w.BoundingBox.Left >= best.Value + GutterWidth);
        return leftCount >= words.Count * MinColumnShare && rightCount >= words.Count * MinColumnShare ? best : null;
    }

    private static List<PdfLine> GroupLines(IReadOnlyList<Word> words)
    {
        var lines = new List<PdfLine>();
        var current = new List<Word>();
        foreach (var word in words.OrderByDescending(Baseline).ThenBy(w => w.BoundingBox.Left))
        {
            if (current.Count > 0 && Math.Abs(Baseline(current[0]) - Baseline(word)) > 0.4 * Size(current[0]))
            {
                lines.Add(ToLine(current));
                current = [];
            }
            current.Add(word);
        }
        if (current.Count > 0)
        {
            lines.Add(ToLine(current));
        }
        return lines;
    }

    private static PdfLine ToLine(List<Word> words)
    {
        var sorted = words.OrderBy(w => w.BoundingBox.Left).ToList();
        return new PdfLine(
            string.Join(' ', sorted.Select(w => w.Text)),
            sorted[0].BoundingBox.Left,
            sorted.Max(w => w.BoundingBox.Right),
            Baseline(sorted[0]),
            sorted.Max(Size));
    }

    private static double Baseline(Word word) => word.Letters.Count > 0 ? word.Letters[0].StartBaseLine.Y : word.BoundingBox.Bottom;

    private static double Size(Word word) =>
        word.Letters.Count > 0 ? word.Letters.Max(l => l.PointSize) : word.BoundingBox.Height;
}
