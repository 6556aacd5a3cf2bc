namespace SearchService.Core.Documents;

/// <summary>
/// Cuts paragraphs longer than <see cref="ParagraphSplitter.MaxParagraphLength"/> into pieces at
/// sentence ends (a <c>.</c>, <c>!</c> or <c>?</c> followed by a space and a capital or digit), a
/// sentence longer than that at a space, and text without spaces where it must. A block of megabytes
/// with no blank line would otherwise be one paragraph whose every hit is re-analysed and marked whole.
/// </summary>
internal static class SentenceCut
{
    /// <summary><paramref name="paragraphs"/> with every over-long one replaced by its pieces, renumbered
    /// in order. A piece's offsets are the source's, moved by where the piece starts in the paragraph
    /// (cleaning changes lengths a little, so they are close rather than exact), within the paragraph's.</summary>
    public static List<Paragraph> Apply(IReadOnlyList<Paragraph> paragraphs, int maxLength)
    {
        var result = new List<Paragraph>(paragraphs.Count);
        foreach (var paragraph in paragraphs)
        {
            if (paragraph.Text.Length <= maxLength)
            {
                result.Add(paragraph with { Number = result.Count + 1 });
                continue;
            }
            foreach (var (start, length) in Pieces(paragraph.Text, maxLength))
            {
                var from = Math.Min(paragraph.EndOffset, paragraph.StartOffset + start);
                var to = Math.Min(paragraph.EndOffset, paragraph.StartOffset + start + length);
                result.Add(paragraph with { Number = result.Count + 1, Text = paragraph.Text.Substring(start, length).Trim(), StartOffset = from, EndOffset = to });
            }
        }
        return result;
    }

    /// <summary>Start and length of each piece of <paramref name="text"/>, each at most <paramref name="maxLength"/> long.</summary>
    public static IEnumerable<(int Start, int Length)> Pieces(string text, int maxLength)
    {
        var start = 0;
        while (text.Length - start > maxLength)
        {
            var end = LastSentenceEnd(text, start, start + maxLength);
            if (end <= start)
            {
                var space = text.LastIndexOf(' ', start + maxLength, maxLength);
                end = space > start ? space + 1 : start + maxLength;
                // Never between the halves of a surrogate pair.
                end -= char.IsLowSurrogate(text[end]) ? 1 : 0;
            }
            yield return (start, end - start);
            start = end;
        }
        yield return (start, text.Length - start);
    }

    // The end (after the following space) of the last sentence that ends within [start, limit).
    private static int LastSentenceEnd(string text, int start, int limit)
    {
        for (var i = limit - 2; i > start; i--)
        {
            if (text[i] is '.' or '!' or '?' && text[i + 1] == ' ' && i + 2 < text.Length && (char.IsUpper(text[i + 2]) || char.IsDigit(text[i + 2])))
            {
                return i + 2;
            }
        }
        return -1;
    }
}
