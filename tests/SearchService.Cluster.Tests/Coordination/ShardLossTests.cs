using SearchService.Cluster.Coordination;
using SearchService.Core.Search;

namespace SearchService.Cluster.Tests.Coordination;

public class ShardLossTests
{
    [NatsFact]
    public async Task Both_replicas_of_a_shard_down_gives_a_partial_answer_naming_it_fails_feeds_and_exports_and_a_new_replica_completes_it_again()
    {
        await using var rig = new ClusterRig();
        var replicas = await rig.StartWithSeedsAsync();
        var (coordinator, _) = await rig.CoordinatorAsync();
        var request = new SearchRequest("vårdplatser");
        var complete = await coordinator.SearchAsync(request, CancellationToken.None);
        Assert.False(complete.Partial);
        var export = (await coordinator.ExportAsync(request, CancellationToken.None, pageRows: 2)).Result!.RowsAsync(CancellationToken.None).GetAsyncEnumerator();
        Assert.True(await export.MoveNextAsync());

        foreach (var replica in replicas.Where((_, i) => i >= 2))
        {
            await rig.StopReplicaAsync(replica);
        }
        var partial = await coordinator.SearchAsync(request, CancellationToken.None);
        // A feed or an export cannot say it is partial: without shard-1 they fail (503 over HTTP), and an export
        // under way fails when it needs shard-1's next page, rather than end short.
        var listing = new ShardMatchListing(coordinator);
        var lost = await Assert.ThrowsAsync<ShardUnavailableException>(() => listing.NewestAsync(request, 50, CancellationToken.None));
        Assert.Equal(["shard-1"], lost.Shards);
        await Assert.ThrowsAsync<ShardUnavailableException>(() => listing.AllAsync(request, CancellationToken.None));
        await Assert.ThrowsAsync<ShardUnavailableException>(async () =>
        {
            while (await export.MoveNextAsync())
            {
                // Shard-0's rows and shard-1's page read before the loss come out first.
            }
        });
        await export.DisposeAsync();

        Assert.True(partial.Partial);
        Assert.Equal(["shard-1"], partial.MissingShards);
        Assert.Equal(["shard-0"], partial.Generations.Keys);
        // The answer of the shards that answered, planned from their figures alone (the missing shard's are
        // unknown): only shard-0's documents, and not all of the complete answer's.
        Assert.NotEmpty(partial.Result!.Hits);
        Assert.All(partial.Result.Hits, hit => Assert.Equal(0, ShardRouter.ShardOf(hit.DocumentId, rig.Shards)));
        Assert.Contains(complete.Result!.Hits, hit => ShardRouter.ShardOf(hit.DocumentId, rig.Shards) == 1);

        // A replica started on a fresh folder bootstraps from the head and joins the group once loaded.
        var fresh = await rig.StartReplicaAsync(1, "replica-s1-new");
        await fresh.Loaded.WaitAsync(TimeSpan.FromSeconds(30));
        var again = await coordinator.SearchAsync(request, CancellationToken.None);
        Assert.False(again.Partial);
        // The same page in the same order: a search is scored the same way however many run at once.
        Assert.Equal(complete.Result.Hits.Select(h => h.Id), again.Result!.Hits.Select(h => h.Id));
        Assert.Equal(complete.Result.Total, again.Result.Total);
    }
}
