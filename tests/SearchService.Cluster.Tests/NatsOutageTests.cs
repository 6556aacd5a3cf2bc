using System.Diagnostics;
using SearchService.Cluster.Coordination;
using SearchService.Cluster.Ingest;
using SearchService.Core.Search;

namespace SearchService.Cluster.Tests;

public class NatsOutageTests
{
    private static DocumentWrite Write(string id, string text) =>
        new(id, id + ".txt", System.Text.Encoding.UTF8.GetBytes(text + "\n"), null, Deleted: false);

    // The log accepts writes and search answers completely with one of three servers gone. (That the writer then
    // indexes them within seconds is not asserted: its JetStream calls on a connection to the killed server did not
    // always recover within 30 s here; docs/cluster.md, "Not yet done".)
    [NatsFact]
    public async Task With_one_of_three_servers_down_the_log_takes_writes_and_search_answers_completely()
    {
        await using var rig = new ClusterRig();
        await rig.StartWithSeedsAsync();
        var (coordinator, connection) = await rig.CoordinatorAsync();
        var before = await coordinator.SearchAsync(new SearchRequest("vårdplatser"), CancellationToken.None);

        rig.Nats.Kill(0);
        await new IngestPublisher(connection).PublishAsync(
            Write("helikopterplan", "Regionen köper en ny ambulanshelikopter till Kiruna och Gällivare, med snöskoterberedskap vintertid."), CancellationToken.None);
        var after = await CompleteAnswerAsync(coordinator);
        var stopwatch = Stopwatch.StartNew();
        await ClusterRig.WaitUntilAsync(async () =>
            (await coordinator.SearchAsync(new SearchRequest("snöskoterberedskap"), CancellationToken.None)).Result?.Total == 1, 60, "the write is searchable");

        Assert.Equal(before.Result!.Total, after.Result!.Total);
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(30), $"The write took {stopwatch.Elapsed} to be searchable.");
    }

    [NatsFact]
    public async Task With_two_of_three_servers_down_ingest_fails_with_a_clear_error_while_search_answers_completely()
    {
        await using var rig = new ClusterRig();
        await rig.StartWithSeedsAsync();
        var (coordinator, connection) = await rig.CoordinatorAsync();
        var before = await coordinator.SearchAsync(new SearchRequest("vårdplatser"), CancellationToken.None);

        rig.Nats.Kill(0);
        rig.Nats.Kill(1);
        var stopwatch = Stopwatch.StartNew();
        var refused = await Assert.ThrowsAsync<IngestUnavailableException>(() => new IngestPublisher(connection).PublishAsync(
            Write("x", "Ett dokument som inte kan lagras när två av tre servrar är borta."), CancellationToken.None));
        var after = await CompleteAnswerAsync(coordinator);

        Assert.Contains("majority of the NATS servers", refused.Message);
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(30), $"The refusal took {stopwatch.Elapsed}.");
        Assert.Equal(before.Result!.Total, after.Result!.Total);
    }

    // Clients of a killed server reconnect to another within seconds; until a shard's replicas have, its answer
    // can be missing (partial, never wrong). Search goes on when answers are complete again within that time.
    private static async Task<ShardedResult<SearchResult>> CompleteAnswerAsync(ScatterGather coordinator)
    {
        ShardedResult<SearchResult>? answer = null;
        await ClusterRig.WaitUntilAsync(async () =>
        {
            answer = await coordinator.SearchAsync(new SearchRequest("vårdplatser"), CancellationToken.None);
            return !answer.Partial;
        }, 15, "search answers completely again");
        return answer!;
    }
}
