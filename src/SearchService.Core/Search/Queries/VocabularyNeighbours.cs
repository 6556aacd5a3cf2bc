using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace SearchService.Core.Search.Queries;

/// <summary>A term of the index near a searched term.</summary>
/// <param name="Term">The indexed term.</param>
/// <param name="Distance">Edits (insert, delete, substitute, swap of neighbours) from the searched term.</param>
/// <param name="DocumentFrequency">Paragraphs holding the term.</param>
internal readonly record struct Neighbour(string Term, int Distance, int DocumentFrequency);

/// <summary>
/// Finds the index terms within a few edits of a term, through Lucene's Levenshtein automata
/// (<see cref="FuzzyTermsEnum"/>), for typo tolerance and "did you mean". The allowed edits grow
/// with the word: none below <see cref="OneEditLength"/> letters, one up to
/// <see cref="TwoEditsLength"/>, then two. By default the first letter must match, as people rarely mistype it.
/// </summary>
internal static class VocabularyNeighbours
{
    /// <summary>Shortest term allowed one edit.</summary>
    public const int OneEditLength = 4;

    /// <summary>Shortest term allowed two edits.</summary>
    public const int TwoEditsLength = 8;

    /// <summary>Edits allowed for a term of <paramref name="length"/> letters.</summary>
    public static int AllowedEdits(int length) => length >= TwoEditsLength ? 2 : length >= OneEditLength ? 1 : 0;

    /// <summary>Terms of <paramref name="field"/> within the allowed edits of <paramref name="term"/>
    /// (or <paramref name="edits"/>, at most 2) sharing its first <paramref name="prefixLength"/> letters,
    /// itself excluded, nearest and then most frequent first. With a <paramref name="budget"/>, none when
    /// it refuses the lookup, and only the candidates it allows.</summary>
    public static IReadOnlyList<Neighbour> Find(IndexReader reader, string field, string term, int limit, int? edits = null, int prefixLength = 1, NeighbourBudget? budget = null)
    {
        var allowed = Math.Min(2, edits ?? AllowedEdits(term.Length));
        var terms = MultiFields.GetTerms(reader, field);
        if (allowed == 0 || terms is null || budget?.TryStart(term) == false)
        {
            return [];
        }
        var found = new List<Neighbour>();
        var enumerator = new FuzzyTermsEnum(terms, new AttributeSource(), new Term(field, term), allowed, prefixLength, true);
        while ((budget is null || budget.TryVisit()) && enumerator.MoveNext())
        {
            var candidate = enumerator.Term.Utf8ToString();
            if (candidate != term)
            {
                found.Add(new Neighbour(candidate, EditDistance.Between(term, candidate), enumerator.DocFreq));
            }
        }
        return found.OrderBy(n => n.Distance).ThenByDescending(n => n.DocumentFrequency).ThenBy(n => n.Term, StringComparer.Ordinal).Take(limit).ToList();
    }
}
