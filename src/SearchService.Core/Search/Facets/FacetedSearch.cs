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
    /// <summary>The ranked hits (at most <c>wanted</c>, with the total) and the counts of the facets
    /// <c>facetFields</c> names, in its order.</summary>
    public sealed record Result(TopDocs Hits, IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Facets);

    /// <summary>Runs <paramref name="query"/>; <paramref name="terms"/>, when given, are its terms as the query's build
    /// sought them (<see cref="TermAtATimeSearch.Planned.Of"/>). With a <paramref name="sort"/>, the hits are the first
    /// <c>wanted</c> in its order instead of the best scored.</summary>
    public static Result Run(IndexSearcher searcher, Query query, IReadOnlyList<SearchFilter> filters, int wanted, IReadOnlyList<string> facetFields,
        ITermLookup? terms = null, Sort? sort = null)
    {
        // Unfiltered, term at a time when the query allows (measured faster), planned once for both ways:
        // with a segment of many postings, every match is counted but only those that can reach the top are scored.
        var planned = filters.Count == 0 ? TermAtATimeSearch.Planned.Of(searcher, query, terms) : null;
        if (planned is not null && sort is null)
        {
            var counted = new FacetCollector(facetFields);
            if (planned.TryTopHits(wanted, counted) is { } hits)
            {
                return new Result(hits, counted.Result());
            }
        }
        // Another order than the score's sees every match, with its score for ties within a date.
        var (top, topDocs) = TopCollector(wanted, sort);
        var collector = new FacetCollector(facetFields, filters, top);
        // Filtered, Lucene's scorers: they score only the matches that pass the filters and were measured
        // as fast or faster (bench/RESULTS.md, fourth pass).
        if (planned is not null)
        {
            planned.Search(collector);
        }
        else
        {
            searcher.Search(query, collector);
        }
        return new Result(topDocs(), collector.Result());
    }

    // The collector of the first hits, best scored or in the sort's order (every match scored for ties within a date).
    private static (ICollector Collector, Func<TopDocs> TopDocs) TopCollector(int wanted, Sort? sort)
    {
        if (sort is null)
        {
            var best = TopScoreDocCollector.Create(wanted, docsScoredInOrder: true);
            return (best, best.GetTopDocs);
        }
        var sorted = TopFieldCollector.Create(sort, wanted, fillFields: false, trackDocScores: true, trackMaxScore: false, docsScoredInOrder: true);
        return (sorted, sorted.GetTopDocs);
    }
}
