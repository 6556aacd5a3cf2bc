using SearchService.Cluster.Coordination;
using SearchService.Core.Evaluation;
using SearchService.Core.Search;
using SearchService.Tests;

namespace SearchService.Cluster.Tests;

/// <summary>The cluster against the single node on the seeds, for every query of the relevance set.</summary>
public class ClusterEquivalenceTests
{
    private static readonly IReadOnlyList<JudgedQuery> Queries = RelevanceSet.Load(Path.Combine(RepositoryPaths.Root, "tests", "eval", "relevance.json"));

    // One shard behind two replicas: shipping, serving and merging must change nothing at all, scores included.
    [NatsFact]
    public async Task One_shard_with_two_replicas_answers_exactly_as_the_single_node()
    {
        foreach (var (_, expected, actual) in await AnswersAsync(shards: 1))
        {
            Assert.False(actual.Partial);
            Assert.Equal(expected.Hits.Select(h => (h.Id, h.Score, h.Highlight)), actual.Result!.Hits.Select(h => (h.Id, h.Score, h.Highlight)));
            Assert.Equal(expected.Total, actual.Result.Total);
            Assert.Equal(Flatten(expected.Facets), Flatten(actual.Result.Facets));
        }
    }

    // Two shards: each builds the query from the whole corpus's vocabulary figures, scores with its statistics,
    // and relaxes on the merged strict total (the plan phase), so the shards decide nothing from their own
    // vocabulary: same top-10 in the same order, totals and facets as the single node for every query.
    [NatsFact]
    public async Task Two_shards_with_two_replicas_each_answer_as_the_single_node()
    {
        var differing = new List<string>();
        foreach (var (query, expected, actual) in await AnswersAsync(shards: 2))
        {
            Assert.False(actual.Partial);
            var (want, got) = (expected.Hits.Select(h => h.Id).ToList(), actual.Result!.Hits.Select(h => h.Id).ToList());
            if (!want.SequenceEqual(got) || expected.Total != actual.Result.Total || expected.AllWordsTotal != actual.Result.AllWordsTotal
                || !Flatten(expected.Facets).SequenceEqual(Flatten(actual.Result.Facets)))
            {
                differing.Add($"{query.Query} in {query.Region}: total {expected.Total}/{actual.Result.Total}, "
                    + $"all words {expected.AllWordsTotal}/{actual.Result.AllWordsTotal}, hits {string.Join(",", want)} / {string.Join(",", got)}");
            }
        }
        Assert.Empty(differing);
    }

    // Newest first: each shard sends its newest, the coordinator merges them by date (ties by score), page by page;
    // with distinct texts, each shard keeps its first of a text and the coordinator keeps the first of those.
    [NatsFact]
    public async Task Two_shards_sorted_newest_first_and_distinct_page_as_the_single_node()
    {
        await using var rig = new ClusterRig(2);
        await rig.StartWithSeedsAsync(replicasPerShard: 1);
        var (coordinator, _) = await rig.CoordinatorAsync();
        using var single = new SingleNode();
        foreach (var query in new[] { "personal", "vård", "region" })
        {
            foreach (var (page, distinct) in new[] { (1, false), (2, false), (1, true), (2, true) })
            {
                var request = new SearchRequest(query, Page: page) { Order = SearchOrder.Newest, Distinct = distinct };
                var expected = single.Searcher.Search(request);
                var actual = await coordinator.SearchAsync(request, CancellationToken.None);
                Assert.False(actual.Partial);
                // Undated paragraphs order by score, and equal scores may fall either way between a shard's order and
                // the single node's (the relevance test above compares ids where its queries have no such ties).
                Assert.Equal(expected.Hits.Select(Order), actual.Result!.Hits.Select(Order));
                Assert.True(expected.Hits.Select(h => h.Id).Intersect(actual.Result.Hits.Select(h => h.Id)).Count() >= expected.Hits.Count - 2,
                    $"{query} page {page}: {string.Join(",", expected.Hits.Select(h => h.Id))} / {string.Join(",", actual.Result.Hits.Select(h => h.Id))}");
                Assert.Equal(expected.Total, actual.Result.Total);
            }
        }
    }

    private static (string? Date, double Score, int? SameText) Order(SearchHit hit) => (hit.Date, Math.Round(hit.Score, 4), hit.SameText);

    // The export asks each shard for a page at a time, resuming after its last row: in pages of 7 every match of a
    // broad query is listed, in the single node's order, and so is every relevance query's (relaxed ones included).
    [NatsFact]
    public async Task Two_shards_exported_in_small_pages_list_every_match_as_the_single_node()
    {
        await using var rig = new ClusterRig();
        await rig.StartWithSeedsAsync(replicasPerShard: 1);
        var (coordinator, _) = await rig.CoordinatorAsync();
        using var single = new SingleNode();
        var pages = 0;
        foreach (var request in Queries.Select(q => new SearchRequest(q.Query, Region: q.Region)).Append(new SearchRequest("vård")))
        {
            var expected = single.Listing.All(request).ToList();
            var export = await coordinator.ExportAsync(request, CancellationToken.None, pageRows: 7);
            Assert.False(export.Partial);
            Assert.Equal(expected, await export.Result!.RowsAsync(CancellationToken.None).ToListAsync());
            pages += expected.Count / 7;
        }
        Assert.True(pages > 30, $"{pages} pages turned");
    }

    // Each relevance query answered by the single node and by a cluster of `shards` shards × 2 replicas over the seeds.
    private static async Task<List<(JudgedQuery Query, SearchResult Expected, ShardedResult<SearchResult> Actual)>> AnswersAsync(int shards)
    {
        await using var rig = new ClusterRig(shards);
        await rig.StartWithSeedsAsync();
        var (coordinator, _) = await rig.CoordinatorAsync();
        using var single = new SingleNode();
        var answers = new List<(JudgedQuery, SearchResult, ShardedResult<SearchResult>)>();
        foreach (var query in Queries)
        {
            var request = new SearchRequest(query.Query, Region: query.Region);
            answers.Add((query, single.Searcher.Search(request), await coordinator.SearchAsync(request, CancellationToken.None)));
        }
        return answers;
    }

    private static IEnumerable<string> Flatten(IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> facets) =>
        facets.OrderBy(f => f.Key, StringComparer.Ordinal).SelectMany(f => f.Value.Select(v => $"{f.Key}={v.Value}:{v.Count}"));
}
