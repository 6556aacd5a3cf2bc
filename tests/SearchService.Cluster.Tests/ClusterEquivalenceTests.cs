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
        await using var rig = new ClusterRig(shards: 1);
        await rig.StartWithSeedsAsync();
        var (coordinator, _) = await rig.CoordinatorAsync();
        using var single = new SingleNode();

        foreach (var query in Queries)
        {
            var request = new SearchRequest(query.Query, Region: query.Region);
            var expected = single.Searcher.Search(request);
            var actual = await coordinator.SearchAsync(request, CancellationToken.None);

            Assert.False(actual.Partial);
            Assert.Equal(expected.Hits.Select(h => (h.Id, h.Score, h.Highlight)), actual.Result!.Hits.Select(h => (h.Id, h.Score, h.Highlight)));
            Assert.Equal(expected.Total, actual.Result.Total);
            Assert.Equal(Flatten(expected.Facets), Flatten(actual.Result.Facets));
        }
    }

    private static IEnumerable<string> Flatten(IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> facets) =>
        facets.OrderBy(f => f.Key, StringComparer.Ordinal).SelectMany(f => f.Value.Select(v => $"{f.Key}={v.Value}:{v.Count}"));
}
