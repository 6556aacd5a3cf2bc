using Lucene.Net.Search;

namespace SearchService.Core.Search;

/// <summary>
/// Runs a query with its field filters into a hit collector and counts facets the way shops do:
/// each facet's counts apply every filter except its own, so a page filtered to Skåne still shows
/// how many hits the other regions have. Facets without an active filter are counted in the same
/// pass as the hits; each filtered facet costs one more counting pass.
/// </summary>
internal static class FacetedSearch
{
    public static IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Run(
        IndexSearcher searcher, Query query, IReadOnlyList<SearchFilter> filters, ICollector hits)
    {
        var filtered = filters.Select(f => f.Field).ToHashSet(StringComparer.Ordinal);
        var shared = SearchFilter.FacetFields.Where(f => !filtered.Contains(f)).Select(f => new FacetCollector(f)).ToList();
        searcher.Search(query, Combine(filters), MultiCollector.Wrap([hits, .. shared]));

        var facets = shared.ToDictionary(c => c.Field, c => c.Result(), StringComparer.Ordinal);
        foreach (var own in filters)
        {
            var counter = new FacetCollector(own.Field);
            searcher.Search(query, Combine(filters.Where(f => f != own).ToList()), counter);
            facets[own.Field] = counter.Result();
        }
        return SearchFilter.FacetFields.ToDictionary(f => f, f => facets[f], StringComparer.Ordinal);
    }

    private static QueryWrapperFilter? Combine(IReadOnlyList<SearchFilter> filters) =>
        SearchFilter.ToQuery(filters) is { } query ? new QueryWrapperFilter(query) : null;
}
