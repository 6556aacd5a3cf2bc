using Lucene.Net.Index;
using Lucene.Net.Util.Automaton;

namespace SearchService.Core.Search.Queries;

/// <summary>A term of the index near a searched term.</summary>
/// <param name="Term">The indexed term.</param>
/// <param name="Distance">Edits (insert, delete, substitute, swap of neighbours) from the searched term.</param>
/// <param name="DocumentFrequency">Paragraphs holding the term.</param>
internal readonly record struct Neighbour(string Term, int Distance, int DocumentFrequency);

/// <summary>
/// Finds the index terms within a few edits of a term, through Lucene's Levenshtein automata (what
/// <see cref="Lucene.Net.Search.FuzzyTermsEnum"/> walks), for typo tolerance and "did you mean". The allowed
/// edits grow with the word: none below <see cref="OneEditLength"/> letters, one up to
/// <see cref="TwoEditsLength"/>, then two. By default the first letter must match, as people rarely mistype
/// it; a word longer than <see cref="NeighbourBudget.MaxWordLength"/> letters keeps as written all but that many
/// of its last. A word no term can be near (<see cref="VocabularyGrams"/>) is not looked up, and the automata
/// of recent words are kept (<see cref="LevenshteinAutomatonCache"/>), so a word asked again builds none.
/// </summary>
internal static class VocabularyNeighbours
{
    /// <summary>Shortest term allowed one edit.</summary>
    public const int OneEditLength = 4;

    /// <summary>Shortest term allowed two edits.</summary>
    public const int TwoEditsLength = 8;

    /// <summary>Edits allowed for a term of <paramref name="length"/> letters.</summary>
    public static int AllowedEdits(int length) => length >= TwoEditsLength ? 2 : length >= OneEditLength ? 1 : 0;

    /// <summary>The terms of <paramref name="field"/> nearest <paramref name="term"/> within the allowed edits (or
    /// <paramref name="edits"/>, at most 2) sharing its first <paramref name="prefixLength"/> letters, itself excluded,
    /// most frequent first: those one edit away, and only when there are none those two edits away (every caller
    /// searches only the nearest spellings, and the one-edit automaton is far smaller to build and walk). With a
    /// <paramref name="budget"/>, none when it refuses the lookup, and only the candidates it allows.</summary>
    public static IReadOnlyList<Neighbour> Find(IndexReader reader, string field, string term, int limit, int? edits = null, int prefixLength = 1, NeighbourBudget? budget = null)
    {
        var allowed = Math.Min(2, edits ?? AllowedEdits(term.Length));
        if (allowed == 0 || budget?.AdmitsWord() == false)
        {
            return [];
        }
        // Unknown (a segment's runs of letters still being read) counts as possibly near.
        var least = VocabularyGrams.LeastEdits(reader, field, term) ?? 0;
        if (least > allowed)
        {
            budget?.Skip();
            return [];
        }
        if (IndexVocabulary.Terms(reader, field) is not { } terms || budget?.TryStart(term) == false)
        {
            return [];
        }
        var found = new List<Neighbour>();
        // A word longer than the budget's automata keeps its first letters as written: its automaton is of the rest.
        var prefix = Math.Min(Math.Max(prefixLength, term.Length - NeighbourBudget.MaxWordLength), term.Length);
        for (var distance = Math.Max(1, least); distance <= allowed && found.Count == 0; distance++)
        {
            var enumerator = LevenshteinAutomatonCache.For(term, distance, prefix).GetTermsEnum(terms);
            while ((budget is null || budget.TryVisit()) && enumerator.MoveNext())
            {
                var candidate = enumerator.Term.Utf8ToString();
                var edited = EditDistance.Between(term, candidate);
                // As FuzzyTermsEnum: a term all of whose letters would be edits is no spelling of the word.
                if (candidate != term && edited < Math.Min(candidate.Length, term.Length))
                {
                    found.Add(new Neighbour(candidate, edited, enumerator.DocFreq));
                }
            }
        }
        return Nearest(found, limit);
    }

    /// <summary>Of <paramref name="found"/>, the nearest and then most frequent first; at most <paramref name="limit"/>
    /// (a cluster ranks its shards' neighbours together here, with their summed frequencies).</summary>
    public static IReadOnlyList<Neighbour> Nearest(IEnumerable<Neighbour> found, int limit) =>
        found.OrderBy(n => n.Distance).ThenByDescending(n => n.DocumentFrequency).ThenBy(n => n.Term, StringComparer.Ordinal).Take(limit).ToList();
}
