using Lucene.Net.Index;
using Lucene.Net.Util;
using Lucene.Net.Util.Automaton;
using SearchService.Core.Analysis;

namespace SearchService.Core.Search.Queries;

/// <summary>
/// Finds the index terms that are the typed term but for its diacritics: "vardplatser" → "vårdplatser",
/// "overbelaggning" → "överbeläggning", and the other way, "sjukvården" → "sjukvarden" where a text was
/// written without them. These are the terms that fold (<see cref="DiacriticFolding.Fold(string)"/>)
/// to what the typed term folds to. It walks the term dictionary with one automaton accepting exactly
/// those spellings, so the cost is a few seeks however large the vocabulary is.
/// </summary>
internal static class DiacriticRestorations
{
    // Every letter the folding maps elsewhere, grouped under the letter it folds to.
    private static readonly Dictionary<char, char[]> Unfolded = "åäæàáâöøóôéèêü"
        .GroupBy(c => DiacriticFolding.Fold(c.ToString())[0])
        .ToDictionary(g => g.Key, g => g.Prepend(g.Key).ToArray());

    // Compiled per folded word (a few kilobytes each), as the spelling variants of a word are asked for in
    // every field and by every request that types it: compiling them was half of what a search allocated.
    private static readonly AutomatonCache<string> SpellingAutomata = new(capacity: 512);

    /// <summary>Terms of <paramref name="field"/> other than <paramref name="term"/> that fold alike,
    /// fewest letters different first, then the most frequent; at most <paramref name="limit"/>. With a
    /// <paramref name="budget"/>, none once it has no lookups left.</summary>
    public static IReadOnlyList<string> Find(IndexReader reader, string field, string term, int limit, NeighbourBudget? budget = null) =>
        Best(Candidates(reader, field, term, budget), term, limit);

    /// <summary>Every term of <paramref name="field"/> other than <paramref name="term"/> that folds alike, with
    /// its document frequency, in no order; a cluster's shards each find theirs and <see cref="Best"/> ranks the
    /// union with the summed frequencies, as one index would.</summary>
    public static IReadOnlyList<(string Term, int DocumentFrequency)> Candidates(IndexReader reader, string field, string term, NeighbourBudget? budget = null)
    {
        var folded = DiacriticFolding.Fold(term);
        // A folded run of letters no term has rules the lookup out before it builds an automaton (a made-up word).
        if (!folded.Any(Unfolded.ContainsKey) || budget?.AdmitsWord() == false || VocabularyGrams.NoneFoldsTo(reader, field, folded)
            || IndexVocabulary.Terms(reader, field) is not { } terms || budget?.TryRestore() == false)
        {
            return [];
        }
        var found = new List<(string Term, int DocumentFrequency)>();
        var enumerator = SpellingAutomata.For(folded, key => new CompiledAutomaton(Spellings(key))).GetTermsEnum(terms);
        while (enumerator.MoveNext())
        {
            var candidate = enumerator.Term.Utf8ToString();
            if (candidate != term)
            {
                found.Add((candidate, enumerator.DocFreq));
            }
        }
        return found;
    }

    /// <summary>Of <paramref name="candidates"/> (spellings of <paramref name="term"/>), those with the fewest
    /// letters different first, then the most frequent; at most <paramref name="limit"/>.</summary>
    public static IReadOnlyList<string> Best(IEnumerable<(string Term, int DocumentFrequency)> candidates, string term, int limit) =>
        candidates.OrderBy(c => c.Term.Zip(term).Count(p => p.First != p.Second)).ThenByDescending(c => c.DocumentFrequency).ThenBy(c => c.Term, StringComparer.Ordinal)
            .Take(limit).Select(c => c.Term).ToList();

    private static Automaton Spellings(string term) => BasicOperations.Concatenate(term
        .Select(c => Unfolded.TryGetValue(c, out var letters)
            ? BasicOperations.Union(letters.Select(l => BasicAutomata.MakeChar(l)).ToList())
            : BasicAutomata.MakeChar(c))
        .ToList());
}
