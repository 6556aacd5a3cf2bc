using SearchService.Core.Analysis;
using SearchService.Core.Search.Queries;

namespace SearchService.Core.Highlighting;

/// <summary>
/// Marks the parts of a compound query word written apart only where they show the split form the
/// query matched: its modifier and head, as words or parts, in different words within
/// <see cref="Reach"/> words of each other ("brist på personal", "platser inom vården" for
/// "personalbrist", "vårdplatser"), neither in a word another mark already explains. A lone "vården"
/// shares a part with "vårdplatser" but is no evidence for it, nor is the modifier alone that a rare
/// compound also matches.
/// </summary>
internal static class SplitEvidence
{
    /// <summary>Most words from a modifier to its head or back: "platser inom vården" is 2.</summary>
    public const int Reach = 3;

    // From a hyphen ellipsis fragment to the word it borrows from: "hälso- och sjukvård".
    private const int EllipsisReach = 2;

    private readonly record struct Occurrence(int Start, int End, int Word, int Split, bool IsModifier);

    /// <summary>Adds <see cref="MarkKinds.Part"/> marks to <paramref name="candidates"/> (the marks of
    /// every other kind) for the <paramref name="tokens"/> (of the text and parts fields) that are split-form evidence.</summary>
    public static void Add(List<TextMark> candidates, string text, HighlightTerms query, IReadOnlyList<AnalyzedToken> tokens)
    {
        var wordAt = WordNumbers(text);
        var explained = new HashSet<int>();
        foreach (var mark in candidates)
        {
            // A hyphen ellipsis explains the words it was completed from too: in "hälso- och sjukvård"
            // the vård of sjukvård is hälsovård's, not a head standing apart.
            var last = wordAt[mark.End - 1] + (mark.Kind == MarkKinds.Ellipsis ? EllipsisReach : 0);
            for (var word = wordAt[mark.Start]; word <= last; word++)
            {
                explained.Add(word);
            }
        }
        var occurrences = new List<Occurrence>();
        foreach (var token in tokens)
        {
            // An ellipsis token is a word the text only implies ("vårdplats-" for "vårdplatsbristen"):
            // its parts were never written there.
            if (token.Type == TokenSources.Ellipsis || explained.Contains(wordAt[token.Start]))
            {
                continue;
            }
            for (var split = 0; split < query.SplitWords.Count; split++)
            {
                var (modifier, head) = query.SplitWords[split];
                if (token.Term == modifier || token.Term == head)
                {
                    occurrences.Add(new Occurrence(token.Start, token.End, wordAt[token.Start], split, token.Term == modifier));
                }
            }
        }
        // The words holding each part, sorted, so each occurrence looks for its partner among the few
        // words within reach instead of among every occurrence of the paragraph.
        var wordsOf = occurrences.GroupBy(o => (o.Split, o.IsModifier))
            .ToDictionary(g => g.Key, g => g.Select(o => o.Word).Distinct().Order().ToArray());
        var paired = occurrences.Where(o => wordsOf.TryGetValue((o.Split, !o.IsModifier), out var partners) && HasNear(partners, o.Word));
        candidates.AddRange(paired.Take(Math.Max(0, MarkFinder.MaxMarks - candidates.Count)).Select(o => new TextMark(o.Start, o.End, MarkKinds.Part)));
    }

    // Whether a word other than word itself lies within reach of it.
    private static bool HasNear(int[] sortedWords, int word)
    {
        var at = Array.BinarySearch(sortedWords, word - Reach);
        for (at = at < 0 ? ~at : at; at < sortedWords.Length && sortedWords[at] <= word + Reach; at++)
        {
            if (sortedWords[at] != word)
            {
                return true;
            }
        }
        return false;
    }

    // The number of the word each character belongs to (a character between words: the word before),
    // words being runs of letters and digits as WholeWords widens them.
    private static int[] WordNumbers(string text)
    {
        var numbers = new int[text.Length];
        var word = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (i > 0 && char.IsLetterOrDigit(text[i]) && !char.IsLetterOrDigit(text[i - 1]))
            {
                word++;
            }
            numbers[i] = word;
        }
        return numbers;
    }
}
