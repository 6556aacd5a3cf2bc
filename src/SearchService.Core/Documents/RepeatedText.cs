using SearchService.Core.Analysis;

namespace SearchService.Core.Documents;

/// <summary>
/// Finds the paragraphs that only repeat what their document says elsewhere: a programme's closing list of
/// proposals ("• Antalet geriatriska vårdplatser … ska ökas.") repeating sentences of its body, a summary
/// repeating a section, a paragraph printed twice. Such a paragraph is short, so it outranks the paragraph it
/// repeats while adding no words a reader has not seen; it is indexed with less weight
/// (<c>Ranking.RepeatedTextWeight</c>) and stays findable. Only within one document: the same words in
/// another region's document are another answer.
/// </summary>
public static class RepeatedText
{
    /// <summary>Fewer words than this are never a repeat: headings and short labels recur by nature.</summary>
    public const int MinimumWords = 4;

    // A sentence held by very many paragraphs (boilerplate) is followed in this many; the check stays linear.
    private const int HoldersPerSentence = 32;

    private static readonly char[] SentenceEnds = ['.', '!', '?'];

    /// <summary>For each of <paramref name="paragraphs"/>, whether every sentence of it stands in one other
    /// paragraph of the document that says more, or says the same and comes first.</summary>
    public static bool[] Find(IReadOnlyList<Paragraph> paragraphs)
    {
        var sentences = paragraphs.Select(p => Sentences(p.Text)).ToArray();
        var holders = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < sentences.Length; i++)
        {
            foreach (var sentence in sentences[i])
            {
                if (!holders.TryGetValue(sentence, out var list))
                {
                    holders[sentence] = list = [];
                }
                if (list.Count < HoldersPerSentence && (list.Count == 0 || list[^1] != i))
                {
                    list.Add(i);
                }
            }
        }
        var repeated = new bool[paragraphs.Count];
        for (var i = 0; i < sentences.Length; i++)
        {
            var own = sentences[i];
            if (own.Count == 0)
            {
                continue;
            }
            // The words are counted only for a paragraph found repeated: most are not.
            repeated[i] = holders[own[0]].Any(other => other != i
                && (sentences[other].Count > own.Count || (sentences[other].Count == own.Count && other < i))
                && own.All(sentence => holders[sentence].Contains(other)))
                && WordCount(paragraphs[i].Text) >= MinimumWords;
        }
        return repeated;
    }

    // The sentences of a paragraph as compared: lower case, without a leading list mark, the end's punctuation
    // and runs of spaces, so a bullet matches the sentence it repeats.
    private static List<string> Sentences(string text)
    {
        var result = new List<string>();
        var start = 0;
        while (start < text.Length)
        {
            var end = text.IndexOfAny(SentenceEnds, start);
            while (end >= 0 && end + 1 < text.Length && !char.IsWhiteSpace(text[end + 1]))
            {
                end = text.IndexOfAny(SentenceEnds, end + 1);
            }
            var stop = end < 0 ? text.Length : end + 1;
            if (Normalised(text.AsSpan(start, stop - start)) is { Length: > 0 } sentence)
            {
                result.Add(sentence);
            }
            start = stop;
        }
        return result;
    }

    // Lower-cased and every run of white space made one space in a single pass: splitting into words and joining
    // them again made a string per word of every document's text (indexing's parse, bench/RESULTS.md "Stop 26").
    private static string Normalised(ReadOnlySpan<char> sentence)
    {
        var trimmed = sentence.Trim().TrimStart("•·▪‣◦*-–—").TrimEnd(".!?:; ").Trim();
        if (trimmed.ContainsAnyInRange('\uD800', '\uDFFF'))
        {
            // A letter beyond the basic plane is lower-cased as a pair: the string's own mapping does that.
            return string.Join(' ', trimmed.ToString().ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        }
        var buffer = trimmed.Length <= 256 ? stackalloc char[trimmed.Length] : new char[trimmed.Length];
        return new string(buffer[..LowerCase.Collapsed(trimmed, buffer)]);
    }

    private static int WordCount(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
}
