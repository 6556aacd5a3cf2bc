namespace SearchService.Core.Highlighting;

/// <summary>Chooses the best window of about <see cref="TargetLength"/> characters of a paragraph:
/// the one holding the most marks (distinct words counting more than repeats), cut at word
/// boundaries, with "…" where text was left out.</summary>
public static class SnippetWindow
{
    /// <summary>Aimed-for snippet length in characters.</summary>
    public const int TargetLength = 200;

    private const string Ellipsis = "…";

    /// <summary>The snippet of <paramref name="text"/> as safe HTML with marks.</summary>
    public static string Render(string text, IReadOnlyList<TextMark> marks)
    {
        if (text.Length <= TargetLength)
        {
            return HtmlMarkup.Render(text, marks);
        }
        var (start, end) = Choose(text, marks);
        var html = HtmlMarkup.Render(text, marks, start, end);
        return (start > 0 ? Ellipsis : "") + html + (end < text.Length ? Ellipsis : "");
    }

    /// <summary>Start and end of the best window.</summary>
    public static (int Start, int End) Choose(string text, IReadOnlyList<TextMark> marks)
    {
        var bestStart = 0;
        var bestScore = -1.0;
        foreach (var anchor in marks)
        {
            // Start a little before the mark so it reads in context.
            var start = Math.Max(0, anchor.Start - TargetLength / 5);
            var score = Score(text, marks, start, start + TargetLength);
            if (score > bestScore)
            {
                bestScore = score;
                bestStart = start;
            }
        }
        var windowStart = bestStart == 0 ? 0 : WordStart(text, bestStart);
        var windowEnd = Math.Min(text.Length, windowStart + TargetLength);
        windowEnd = windowEnd == text.Length ? windowEnd : WordEnd(text, windowEnd, marks);
        return (windowStart, windowEnd);
    }

    private static double Score(string text, IReadOnlyList<TextMark> marks, int start, int end)
    {
        var inside = marks.Where(m => m.Start >= start && m.End <= end).ToList();
        var distinct = inside.Select(m => text[m.Start..m.End].ToLowerInvariant()).Distinct().Count();
        return distinct + 0.1 * inside.Count;
    }

    // Move forward to the start of the next word, unless already at one.
    private static int WordStart(string text, int position)
    {
        if (position > 0 && !char.IsWhiteSpace(text[position - 1]))
        {
            var space = text.IndexOf(' ', position);
            position = space < 0 ? position : space + 1;
        }
        return position;
    }

    // Move back to the end of the previous whole word, but never cut into a mark.
    private static int WordEnd(string text, int position, IReadOnlyList<TextMark> marks)
    {
        var cutMark = marks.FirstOrDefault(m => m.Start < position && m.End > position);
        if (cutMark is not null)
        {
            return cutMark.End;
        }
        var space = text.LastIndexOf(' ', position - 1);
        return space <= 0 ? position : space;
    }
}
