using Microsoft.Extensions.Logging.Abstractions;
using SearchService.Cluster.Indexing;
using SearchService.Cluster.Ingest;
using SearchService.Cluster.Shipping;

namespace SearchService.Cluster.Tests.Indexing;

public class ShardWriterTests
{
    private static DocumentWrite Write(string id, string text) =>
        new(id, id + ".txt", System.Text.Encoding.UTF8.GetBytes(text + "\n"), null, Deleted: false);

    [NatsFact]
    public async Task A_paused_writer_that_lost_its_lease_cannot_publish()
    {
        await using var rig = new ClusterRig(shards: 1, leaseSeconds: 3);
        await using var connectionA = await rig.ConnectAsync("writer-a");
        await using var connectionB = await rig.ConnectAsync("writer-b");
        var writerA = await OpenAsync(rig, connectionA, "writer-a");
        await writerA.ApplyAsync([Write("a", "Regionen öppnar fler vårdplatser i Luleå under hösten enligt planen.")], CancellationToken.None);

        // Writer A now stalls without renewing; B waits for the lease, which expires after Cluster:LeaseSeconds.
        var writerB = await OpenAsync(rig, connectionB, "writer-b");
        var published = await writerB.ApplyAsync([Write("b", "Tolkar behövs i vården i Malmö när patienter inte talar svenska.")], CancellationToken.None);
        var zombie = writerA.ApplyAsync([Write("c", "Ambulanshelikoptern i Umeå flyger fler uppdrag i år än tidigare.")], CancellationToken.None);

        await Assert.ThrowsAsync<StaleWriterException>(() => zombie);
        var (head, _) = await new ShardHead(await connectionB.HeadsAsync(CancellationToken.None), 0).ReadAsync(CancellationToken.None);
        Assert.Equal("writer-b", head!.Writer);
        Assert.Equal(published!.Generation, head.Generation);
    }

    [NatsFact]
    public async Task A_write_applied_again_changes_nothing_and_publishes_nothing()
    {
        await using var rig = new ClusterRig(shards: 1, servers: 1);
        await using var connection = await rig.ConnectAsync("writer");
        var writer = await OpenAsync(rig, connection, "writer");
        var write = Write("a", "Regionen öppnar fler vårdplatser i Luleå under hösten enligt planen.");

        var first = await writer.ApplyAsync([write], CancellationToken.None);
        var again = await writer.ApplyAsync([write], CancellationToken.None);

        Assert.NotNull(first);
        Assert.Null(again);
    }

    private static async Task<ShardWriter> OpenAsync(ClusterRig rig, ClusterConnection connection, string name) =>
        await ShardWriter.OpenAsync(connection, await ObjectSegmentStore.OpenAsync(connection, CancellationToken.None), 0,
            Path.Combine(rig.DataPath, name), NullLogger.Instance, CancellationToken.None);
}
