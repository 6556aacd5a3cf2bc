using SearchService.Cluster.Serving;
using SearchService.Core.Search;

namespace SearchService.Cluster.Coordination;

/// <summary>
/// Merges shard answers into one page: hits by score (ties by shard, then each shard's own order, so the
/// order is stable), totals and facet counts summed exactly (every shard counts all its matches), and facet
/// values ordered as <c>FacetCollector</c> orders them on one node (count descending, then value).
/// </summary>
public static class ResultMerger
{
    /// <summary>The page <paramref name="request"/> asks for, from the shards' widened answers.</summary>
    public static SearchResult Merge(SearchRequest request, IReadOnlyList<ShardAnswer> answers, double tookMs)
    {
        var results = answers.OrderBy(a => a.Shard).Select(a => a.Result!).ToList();
        var shardHits = results.Select(r => r.Hits);
        var ordered = request.Order == SearchOrder.Newest ? ByDate(shardHits) : ByScore(shardHits);
        // Each shard kept one of each text among its own; a text on several shards is kept once more here.
        if (request.Distinct)
        {
            ordered = DistinctTexts.Keep(ordered, h => DistinctTexts.KeyOf(h.Text), h => h.SameText ?? 0).Select(k => k.Item with { SameText = k.SameText });
        }
        var hits = ordered.Skip((request.Page - 1) * request.PageSize).Take(request.PageSize).ToList();
        var allWords = results.Any(r => r.AllWordsTotal is not null) ? results.Sum(r => r.AllWordsTotal ?? r.Total) : (int?)null;
        return new SearchResult(
            request.Query,
            results.Sum(r => r.Total),
            request.Page,
            request.PageSize,
            tookMs,
            hits,
            MergeFacets(results),
            results.Select(r => r.DidYouMean).FirstOrDefault(s => s is not null),
            allWords,
            results.Select(r => r.Filters).FirstOrDefault(f => f is not null),
            results.Any(r => r.ExpansionsLimited));
    }

    /// <summary>The shards' hits (<paramref name="shards"/> in shard order, each best first) by score; ties by shard, then the shard's order.</summary>
    public static IEnumerable<SearchHit> ByScore(IEnumerable<IReadOnlyList<SearchHit>> shards) => Merged(shards, newestFirst: false);

    /// <summary>The shards' hits (<paramref name="shards"/> in shard order, each newest first) by document date, newest
    /// first, undated last (<see cref="SearchOrder.Newest"/>); then by score, by shard and by the shard's order.</summary>
    public static IEnumerable<SearchHit> ByDate(IEnumerable<IReadOnlyList<SearchHit>> shards) => Merged(shards, newestFirst: true);

    // One merge for both orders: the date first when asked, then the score; ties by shard, then the shard's own order.
    private static IEnumerable<SearchHit> Merged(IEnumerable<IReadOnlyList<SearchHit>> shards, bool newestFirst)
    {
        var ranked = shards.SelectMany((hits, shard) => hits.Select((hit, rank) => (hit, shard, rank)));
        var ordered = newestFirst
            ? ranked.OrderByDescending(h => h.hit.Date, StringComparer.Ordinal).ThenByDescending(h => h.hit.Score)
            : ranked.OrderByDescending(h => h.hit.Score);
        return ordered.ThenBy(h => h.shard).ThenBy(h => h.rank).Select(h => h.hit);
    }

    private static Dictionary<string, IReadOnlyList<FacetValue>> MergeFacets(IReadOnlyList<SearchResult> results) =>
        results.SelectMany(r => r.Facets)
            .GroupBy(f => f.Key, StringComparer.Ordinal)
            .ToDictionary(
                facet => facet.Key,
                facet => (IReadOnlyList<FacetValue>)facet.SelectMany(f => f.Value)
                    .GroupBy(v => v.Value, StringComparer.Ordinal)
                    .Select(v => new FacetValue(v.Key, v.Sum(x => x.Count)))
                    .OrderByDescending(v => v.Count).ThenBy(v => v.Value, StringComparer.Ordinal)
                    .ToList(),
                StringComparer.Ordinal);
}
