namespace SearchService.Core.Highlighting;

/// <summary>Widens marks to the whole words they fall in ("vård<b>plats</b>brist" becomes the whole
/// word), merging marks that then meet, for the default <c>highlight</c> where a reader looks for words.</summary>
internal static class WholeWords
{
    /// <summary>The marks widened to word boundaries, in order and not overlapping.</summary>
    public static IReadOnlyList<TextMark> Widen(string text, IReadOnlyList<TextMark> marks)
    {
        var widened = new List<TextMark>(marks.Count);
        foreach (var mark in marks)
        {
            var start = mark.Start;
            while (start > 0 && char.IsLetterOrDigit(text[start - 1]))
            {
                start--;
            }
            var end = mark.End;
            while (end < text.Length && char.IsLetterOrDigit(text[end]))
            {
                end++;
            }
            if (widened.Count > 0 && widened[^1].End >= start)
            {
                var last = widened[^1];
                widened[^1] = last with { End = Math.Max(last.End, end) };
                continue;
            }
            widened.Add(mark with { Start = start, End = end });
        }
        return widened;
    }
}
