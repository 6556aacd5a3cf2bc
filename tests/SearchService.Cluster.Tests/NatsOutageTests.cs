using System.Diagnostics;
using SearchService.Cluster.Ingest;
using SearchService.Core.Search;

namespace SearchService.Cluster.Tests;

public class NatsOutageTests
{
    [NatsFact]
    public async Task With_one_of_three_servers_down_ingest_and_search_go_on_and_with_two_down_ingest_fails_clearly_while_search_goes_on()
    {
        await using var rig = new ClusterRig();
        await rig.StartWithSeedsAsync(replicasPerShard: 1);
        var (coordinator, connection) = await rig.CoordinatorAsync();
        var publisher = new IngestPublisher(connection);
        var before = await coordinator.SearchAsync(new SearchRequest("vårdplatser"), CancellationToken.None);

        rig.Nats.Kill(0);
        await publisher.PublishAsync(new DocumentWrite("helikopterplan", "helikopterplan.txt",
            "Regionen köper en ny ambulanshelikopter till Kiruna och Gällivare, med snöskoterberedskap vintertid.\n"u8.ToArray(), null, Deleted: false), CancellationToken.None);
        await ClusterRig.WaitUntilAsync(async () =>
            (await coordinator.SearchAsync(new SearchRequest("snöskoterberedskap"), CancellationToken.None)).Result?.Total > 0, 30, "the new document is searchable with one server down");
        var withOneDown = await coordinator.SearchAsync(new SearchRequest("vårdplatser"), CancellationToken.None);
        Assert.False(withOneDown.Partial);
        Assert.Equal(before.Result!.Total, withOneDown.Result!.Total);

        rig.Nats.Kill(1);
        var stopwatch = Stopwatch.StartNew();
        var refused = await Assert.ThrowsAsync<IngestUnavailableException>(() => publisher.PublishAsync(
            new DocumentWrite("x", "x.txt", "Ett dokument som inte kan lagras när två av tre servrar är borta.\n"u8.ToArray(), null, Deleted: false), CancellationToken.None));
        Assert.Contains("majority of the NATS servers", refused.Message);
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(30), $"The refusal took {stopwatch.Elapsed}.");
        var withTwoDown = await coordinator.SearchAsync(new SearchRequest("vårdplatser"), CancellationToken.None);
        Assert.False(withTwoDown.Partial);
        Assert.Equal(before.Result.Total, withTwoDown.Result!.Total);
    }
}
