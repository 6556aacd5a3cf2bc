using SearchService.Core.Analysis;

namespace SearchService.Core.Highlighting;

/// <summary>Chooses the best window of about <see cref="TargetLength"/> characters of a paragraph: the
/// one holding the strongest evidence (exact &gt; inflection &gt; compound &gt; part &gt; folded or
/// fuzzy), then the most different marked words, then the most marks; cut at word boundaries, with "…"
/// where text was left out.</summary>
internal static class SnippetWindow
{
    /// <summary>Aimed-for snippet length in characters.</summary>
    public const int TargetLength = 200;

    private const string Ellipsis = "…";

    // How strongly a kind of mark shows why the paragraph matched, strongest first: a window with the
    // word as typed beats one with only its parts, however many.
    private static readonly string[][] Evidence =
    [
        [MarkKinds.Exact],
        [MarkKinds.Stem, MarkKinds.Prefix],
        [MarkKinds.Compound, MarkKinds.Ellipsis],
        [MarkKinds.Part],
        [MarkKinds.Folded, MarkKinds.Fuzzy],
    ];

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
        var bestStart = BestStart(text, marks);
        var windowStart = bestStart == 0 ? 0 : WordStart(text, bestStart);
        var windowEnd = Math.Min(text.Length, windowStart + TargetLength);
        windowEnd = windowEnd == text.Length ? windowEnd : WordEnd(text, windowEnd, marks);
        return (windowStart, windowEnd);
    }

    // Where the best-scoring window starts, before it is moved to word boundaries.
    internal static int BestStart(string text, IReadOnlyList<TextMark> marks)
    {
        var bestStart = 0;
        (int Evidence, int Distinct, int Count) best = (int.MaxValue, -1, -1);
        // Marks are in text order and do not overlap, so the marks inside the window anchored at each
        // mark are a run that only moves forward: one pass, counting each word in and out of the window,
        // instead of scoring every mark against every other.
        var words = marks.Select(m => LowerCase.Of(text.AsSpan(m.Start, m.End - m.Start))).ToList();
        var strengths = marks.Select(m => StrengthOf(m.Kind)).ToList();
        var byStrength = new int[Evidence.Length + 1];
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        int first = 0, next = 0, distinct = 0;
        foreach (var anchor in marks)
        {
            // Start a little before the mark so it reads in context.
            var start = Math.Max(0, anchor.Start - TargetLength / 5);
            var end = start + TargetLength;
            for (; first < marks.Count && marks[first].Start < start; first++)
            {
                if (first < next)
                {
                    byStrength[strengths[first]]--;
                    distinct -= --counts[words[first]] == 0 ? 1 : 0;
                }
            }
            for (next = Math.Max(next, first); next < marks.Count && marks[next].End <= end; next++)
            {
                byStrength[strengths[next]]++;
                counts[words[next]] = counts.GetValueOrDefault(words[next]) + 1;
                distinct += counts[words[next]] == 1 ? 1 : 0;
            }
            var score = (Evidence: Array.FindIndex(byStrength, n => n > 0), Distinct: distinct, Count: next - first);
            if (score.Evidence >= 0 && (score.Evidence < best.Evidence
                || (score.Evidence == best.Evidence && (score.Distinct, score.Count).CompareTo((best.Distinct, best.Count)) > 0)))
            {
                best = score;
                bestStart = start;
            }
        }
        return bestStart;
    }

    // A kind this class does not know counts as the weakest evidence.
    private static int StrengthOf(string kind)
    {
        var strength = Array.FindIndex(Evidence, kinds => kinds.Contains(kind));
        return strength < 0 ? Evidence.Length : strength;
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
