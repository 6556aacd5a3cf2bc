using Lucene.Net.Search;
using SearchService.Core.Search.Scoring;

namespace SearchService.Core.Search.Facets;

/// <summary>
/// Runs a query with its field filters, ranking the hits and counting facets the way shops do: each
/// facet's counts apply every filter except its own, so a page filtered to Skåne still shows how many
/// hits the other regions have. One pass over the query's matches does both (<see cref="FacetCollector"/>),
/// scored term at a time when nothing is filtered and the query allows (<see cref="TermAtATimeSearch"/>).
/// </summary>
internal static class FacetedSearch
{
    /// <summary>The ranked hits (at most <c>wanted</c>, with the total) and the facet counts.</summary>
    public sealed record Result(TopDocs Hits, IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Facets);

    public static Result Run(IndexSearcher searcher, Query query, IReadOnlyList<SearchFilter> filters, int wanted)
    {
        var top = TopScoreDocCollector.Create(wanted, docsScoredInOrder: true);
        var collector = new FacetCollector(SearchFilter.FacetFields, filters, top);
        // Filtered, Lucene's scorers score only the matches that pass the filters and were measured as
        // fast or faster (bench/RESULTS.md, fourth pass); unfiltered, reading term at a time was faster.
        if (filters.Count > 0 || !TermAtATimeSearch.TrySearch(searcher, query, collector))
        {
            searcher.Search(query, collector);
        }
        return new Result(top.GetTopDocs(), collector.Result());
    }
}
