using Lucene.Net.Search;

namespace SearchService.Core.Search;

/// <summary>
/// Runs a query with its field filters into a hit collector and counts facets the way shops do:
/// each facet's counts apply every filter except its own, so a page filtered to Skåne still shows
/// how many hits the other regions have. One pass over the query's matches does both
/// (<see cref="FacetCollector"/>).
/// </summary>
internal static class FacetedSearch
{
    public static IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Run(
        IndexSearcher searcher, Query query, IReadOnlyList<SearchFilter> filters, ICollector hits)
    {
        var collector = new FacetCollector(SearchFilter.FacetFields, filters, hits);
        searcher.Search(query, collector);
        return collector.Result();
    }
}
