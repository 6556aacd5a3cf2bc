using System.Text.RegularExpressions;
using Lucene.Net.Index;
using SearchService.Core.Indexing;

namespace SearchService.Core.Search;

/// <summary>
/// "Did you mean": replaces each word of a query that matches (almost) nothing as typed by the
/// nearest word of the index vocabulary (the paragraph words as written), preferring the commonest
/// among equally near ones. Suggests only words more frequent than the typed one; the first letter may differ (a missing ö).
/// </summary>
public static partial class SpellingSuggester
{
    /// <summary>The corrected query, or null when no word of <paramref name="query"/> needs correcting.</summary>
    public static string? Suggest(IndexReader reader, string query, IReadOnlySet<string> rareWords)
    {
        if (rareWords.Count == 0)
        {
            return null;
        }
        var changed = false;
        var suggestion = WordPattern().Replace(query, match =>
        {
            var word = match.Value.ToLowerInvariant();
            if (!rareWords.Contains(word))
            {
                return match.Value;
            }
            var typedFrequency = reader.DocFreq(new Term(ParagraphFields.TextWords, word));
            // Any first letter: "overbelaggningar" lacks the ö it starts with.
            var best = VocabularyNeighbours.Find(reader, ParagraphFields.TextWords, word, 1, prefixLength: 0);
            if (best.Count == 0 || best[0].DocumentFrequency <= typedFrequency)
            {
                return match.Value;
            }
            changed = true;
            return best[0].Term;
        });
        return changed ? suggestion : null;
    }

    [GeneratedRegex(@"[\p{L}\p{Nd}]+")]
    private static partial Regex WordPattern();
}
