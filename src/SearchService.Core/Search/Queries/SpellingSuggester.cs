using System.Text.RegularExpressions;
using Lucene.Net.Index;
using SearchService.Core.Indexing;

namespace SearchService.Core.Search.Queries;

/// <summary>
/// "Did you mean": replaces each word of a query that matches (almost) nothing as typed by the
/// nearest word of the index vocabulary (the paragraph words as written), preferring the commonest
/// among equally near ones. Suggests only words more frequent than the typed one; the first letter may differ (a missing ö).
/// </summary>
internal static partial class SpellingSuggester
{
    /// <summary>The corrected query, or null when no word of <paramref name="query"/> needs correcting;
    /// words are looked up only as far as <paramref name="budget"/> allows.</summary>
    public static string? Suggest(IndexReader reader, string query, IReadOnlySet<string> rareWords, NeighbourBudget? budget = null)
    {
        if (rareWords.Count == 0)
        {
            return null;
        }
        var changed = false;
        var suggestion = WordPattern().Replace(query, match =>
        {
            var word = match.Value.ToLowerInvariant();
            budget?.BeginWord(word);
            if (!rareWords.Contains(word) || budget?.AdmitsWord() == false)
            {
                return match.Value;
            }
            var typedFrequency = reader.DocFreq(new Term(ParagraphFields.TextWords, word));
            var best = Nearest(reader, word, budget);
            if (best is null || best.Value.DocumentFrequency <= typedFrequency)
            {
                return match.Value;
            }
            changed = true;
            return best.Value.Term;
        });
        return changed ? suggestion : null;
    }

    // A word the typed one is a diacritic-less spelling of is the answer, found with a few seeks;
    // only otherwise is the whole vocabulary scanned, with any first letter ("overbelaggningar" lacks the ö it starts with).
    private static Neighbour? Nearest(IndexReader reader, string word, NeighbourBudget? budget)
    {
        if (DiacriticRestorations.Find(reader, ParagraphFields.TextWords, word, 1, budget) is [var restored])
        {
            return new Neighbour(restored, EditDistance.Between(word, restored), reader.DocFreq(new Term(ParagraphFields.TextWords, restored)));
        }
        return VocabularyNeighbours.Find(reader, ParagraphFields.TextWords, word, 1, prefixLength: 0, budget: budget) is [var nearest] ? nearest : null;
    }

    [GeneratedRegex(@"[\p{L}\p{Nd}]+")]
    private static partial Regex WordPattern();
}
