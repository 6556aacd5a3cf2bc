using Lucene.Net.Index;
using Lucene.Net.Util;
using Lucene.Net.Util.Automaton;
using SearchService.Core.Analysis;

namespace SearchService.Core.Search;

/// <summary>
/// Finds the index terms a word typed without diacritics stands for ("vardplatser" → "vårdplatser",
/// "overbelaggning" → "överbeläggning"): the terms that fold (<see cref="DiacriticFoldingFilter.Fold(string)"/>)
/// to the typed term. It walks the term dictionary with one automaton accepting exactly those
/// spellings, so the cost is a few seeks however large the vocabulary is.
/// </summary>
public static class DiacriticRestorations
{
    // Every letter the folding maps elsewhere, grouped under the letter it folds to.
    private static readonly Dictionary<char, char[]> Unfolded = "åäæàáâöøóôéèêü"
        .GroupBy(c => DiacriticFoldingFilter.Fold(c.ToString())[0])
        .ToDictionary(g => g.Key, g => g.Prepend(g.Key).ToArray());

    /// <summary>Terms of <paramref name="field"/> other than <paramref name="term"/> that fold to it,
    /// fewest restored letters first, then the most frequent; at most <paramref name="limit"/>.</summary>
    public static IReadOnlyList<string> Find(IndexReader reader, string field, string term, int limit)
    {
        var terms = MultiFields.GetTerms(reader, field);
        if (terms is null || !term.Any(Unfolded.ContainsKey))
        {
            return [];
        }
        var found = new List<(string Term, int Restored, int DocumentFrequency)>();
        var enumerator = new CompiledAutomaton(Spellings(term)).GetTermsEnum(terms);
        while (enumerator.MoveNext())
        {
            var candidate = enumerator.Term.Utf8ToString();
            if (candidate != term)
            {
                found.Add((candidate, candidate.Zip(term).Count(p => p.First != p.Second), enumerator.DocFreq));
            }
        }
        return found.OrderBy(f => f.Restored).ThenByDescending(f => f.DocumentFrequency).ThenBy(f => f.Term, StringComparer.Ordinal)
            .Take(limit).Select(f => f.Term).ToList();
    }

    private static Automaton Spellings(string term) => BasicOperations.Concatenate(term
        .Select(c => Unfolded.TryGetValue(c, out var letters)
            ? BasicOperations.Union(letters.Select(l => BasicAutomata.MakeChar(l)).ToList())
            : BasicAutomata.MakeChar(c))
        .ToList());
}
