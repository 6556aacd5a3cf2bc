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

    // Two shards, each scoring with the whole corpus's statistics (same IDF and query norm as the single node).
    // What a shard's own vocabulary still decides differs on these five seed documents: clauses added for a
    // word that is rare on the shard (vårdplatser, vårdplats: 61 matches against 22; with the region filter the
    // order) and relaxation decided on the shard's all-words count (våld i nära relationer: 51 against 24).
    // docs/cluster.md says what closes the gap; until then every other query must be equal, and these must
    // stay the only ones that are not.
    private static readonly string[] KnownShardLocalRewrites = ["vårdplatser", "vårdplats", "våld i nära relationer", "vårdplatser in Västernorrland"];

    [NatsFact]
    public async Task Two_shards_with_two_replicas_each_answer_as_the_single_node_except_where_shard_vocabulary_rewrites_the_query()
    {
        var differing = new List<string>();
        foreach (var (query, expected, actual) in await AnswersAsync(shards: 2))
        {
            Assert.False(actual.Partial);
            if (!expected.Hits.Select(h => h.Id).SequenceEqual(actual.Result!.Hits.Select(h => h.Id))
                || expected.Total != actual.Result.Total
                || !Flatten(expected.Facets).SequenceEqual(Flatten(actual.Result.Facets)))
            {
                differing.Add(query.Region is null ? query.Query : $"{query.Query} in {query.Region}");
            }
        }
        Assert.Equal(KnownShardLocalRewrites, differing);
    }

    // Each relevance query answered by the single node and by a cluster of `shards` shards × 2 replicas over the seeds.
    private static async Task<List<(JudgedQuery Query, SearchResult Expected, ShardedSearchResult Actual)>> AnswersAsync(int shards)
    {
        await using var rig = new ClusterRig(shards);
        await rig.StartWithSeedsAsync();
        var (coordinator, _) = await rig.CoordinatorAsync();
        using var single = new SingleNode();
        var answers = new List<(JudgedQuery, SearchResult, ShardedSearchResult)>();
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
