using Lucene.Net.Index;
using Lucene.Net.Store;
using Microsoft.Extensions.Logging.Abstractions;
using SearchService.Cluster.Indexing;
using SearchService.Cluster.Ingest;
using SearchService.Cluster.Shipping;
using SearchService.Core.Documents;
using SearchService.Core.Search;
using SearchService.Tests;

namespace SearchService.Cluster.Tests.Indexing;

public class IndexerCrashTests
{
    [NatsFact]
    public async Task A_writer_dying_mid_upload_publishes_nothing_and_the_next_writer_publishes_a_clean_index_equal_to_the_source()
    {
        await using var rig = new ClusterRig(shards: 1, leaseSeconds: 3);
        var writes = SeedWrites();
        await using var connectionA = await rig.ConnectAsync("writer-a");
        var dying = new DyingStore(await ObjectSegmentStore.OpenAsync(connectionA, CancellationToken.None), putsBeforeDeath: 2);
        var writerA = await ShardWriter.OpenAsync(connectionA, dying, 0, Path.Combine(rig.DataPath, "writer-a"), NullLogger.Instance, CancellationToken.None);
        var replica = await rig.StartReplicaAsync(0, "replica");

        await Assert.ThrowsAsync<IOException>(() => writerA.ApplyAsync(writes, CancellationToken.None));
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.False(replica.Loaded.IsCompleted);

        // The log redelivers the unacknowledged writes to the next holder of the lease.
        await using var connectionB = await rig.ConnectAsync("writer-b");
        var writerB = await ShardWriter.OpenAsync(connectionB, await ObjectSegmentStore.OpenAsync(connectionB, CancellationToken.None), 0,
            Path.Combine(rig.DataPath, "writer-b"), NullLogger.Instance, CancellationToken.None);
        var manifest = await writerB.ApplyAsync(writes, CancellationToken.None);
        await replica.Loaded.WaitAsync(TimeSpan.FromSeconds(30));

        AssertServesTheSource(rig, "replica");
        using var directory = FSDirectory.Open(Path.Combine(rig.DataPath, "replica", "replica-0"));
        using var reader = DirectoryReader.Open(directory);
        Assert.Equal(manifest!.Generation, reader.IndexCommit.Generation);
    }

    // Cluster:Faults:ExitAfterUploads kills the indexer's process between two uploads of its first commit: the
    // head never names it, so nothing is served until the restarted indexer, replaying the batch, publishes it whole.
    [NatsFact]
    public async Task An_indexer_process_killed_mid_upload_publishes_nothing_and_its_restart_publishes_the_source_whole()
    {
        await using var scene = await IndexerCrashScene.StartAsync();
        var writes = SeedWrites();

        await scene.PublishAsync(writes);
        await scene.KillIndexerAtAsync(nameof(IndexerFaults.ExitAfterUploads), "2");
        Assert.Null((await scene.Head.ReadAsync(CancellationToken.None)).Manifest);
        Assert.Equal(writes.Count, (await scene.ConsumerAsync()).Info.NumAckPending);
        Assert.All(scene.Replicas, r => Assert.False(r.Loaded.IsCompleted));

        scene.RestartIndexer();
        await scene.WaitUntilDoneAsync(r => r.Loaded.IsCompleted);
        var (published, answered) = await scene.StopWatchingAsync();

        var (final, _) = await scene.Head.ReadAsync(CancellationToken.None);
        Assert.Equal([final!.Generation], published);
        Assert.Equal(Ids(writes), await scene.PublishedIdsAsync(final));
        var total = await scene.TotalAsync(final);
        Assert.All(answered, a => Assert.Equal((final.Generation, total), a));
        AssertServesTheSource(scene.Rig, "replica-a", "replica-b");
    }

    // Cluster:Faults:ExitAfterHeadUpdate kills the indexer's process right after its head CAS, before the ack: the
    // published generation stays, the log redelivers the batch (after Cluster:AckWaitSeconds) to the restarted indexer.
    [NatsFact]
    public async Task An_indexer_process_killed_between_the_head_update_and_the_ack_serves_no_torn_generation_and_ends_equal_to_the_source()
    {
        await using var scene = await IndexerCrashScene.StartAsync();
        var writes = SeedWrites();
        var (first, second) = (writes.Take(3).ToList(), writes.Skip(3).ToList());

        await scene.PublishAsync(first);
        await scene.KillIndexerAtAsync(nameof(IndexerFaults.ExitAfterHeadUpdate), "true");
        var (killedAt, _) = await scene.Head.ReadAsync(CancellationToken.None);
        Assert.Equal("indexer-0", killedAt!.Writer);
        Assert.Equal(first.Count, (await scene.ConsumerAsync()).Info.NumAckPending);
        Assert.Equal(Ids(first), await scene.PublishedIdsAsync(killedAt));

        await scene.PublishAsync(second);
        scene.RestartIndexer();
        await scene.WaitUntilDoneAsync(r => r.Generation > killedAt.Generation);
        var (published, answered) = await scene.StopWatchingAsync();

        // The replayed batch changed nothing: the head moved once, to the generation of the second batch.
        var (final, _) = await scene.Head.ReadAsync(CancellationToken.None);
        Assert.Equal([killedAt.Generation, final!.Generation], published.Order());
        Assert.Equal(Ids(writes), await scene.PublishedIdsAsync(final));
        // Every answer came from a published generation, with that generation's own count.
        var expected = new Dictionary<long, int>
        {
            [killedAt.Generation] = await scene.TotalAsync(killedAt),
            [final.Generation] = await scene.TotalAsync(final),
        };
        Assert.NotEmpty(answered);
        Assert.All(answered, a => Assert.Equal(expected[a.Generation], a.Total));
        AssertServesTheSource(scene.Rig, "replica-a", "replica-b");
    }

    // Each replica's copy of shard 0 passes CheckIndex and holds the single node's documents and paragraphs over the source.
    private static void AssertServesTheSource(ClusterRig rig, params string[] replicas)
    {
        using var single = new SingleNode();
        foreach (var replica in replicas)
        {
            var folder = Path.Combine(rig.DataPath, replica, "replica-0");
            using (var directory = FSDirectory.Open(folder))
            {
                Assert.True(new CheckIndex(directory).DoCheckIndex().Clean, $"{replica} fails CheckIndex");
            }
            using var served = ParagraphIndex.Open(folder);
            Assert.Equal(single.Statistics, served.Statistics() with { LastCommit = single.Statistics.LastCommit });
        }
    }

    private static List<string> Ids(IEnumerable<DocumentWrite> writes) => [.. writes.Select(w => w.DocumentId).Order(StringComparer.Ordinal)];

    private static List<DocumentWrite> SeedWrites()
    {
        var overrides = MetadataSidecar.Read(RepositoryPaths.Seeds);
        return [.. SourceFolder.Files(RepositoryPaths.Seeds).Select(file => new DocumentWrite(
            Path.GetFileNameWithoutExtension(file), Path.GetFileName(file), File.ReadAllBytes(file),
            MetadataSidecar.ForFile(file, overrides) is { } entry ? MetadataSidecar.Serialize(entry) : null, Deleted: false))];
    }

    /// <summary>Uploads a few files, then fails every upload as a writer's process dying mid-upload would stop them.</summary>
    private sealed class DyingStore(ISegmentStore inner, int putsBeforeDeath) : ISegmentStore
    {
        private int puts;

        public Task<bool> ContainsAsync(string sha256, CancellationToken cancellation) => inner.ContainsAsync(sha256, cancellation);

        public Task PutAsync(string sha256, string path, CancellationToken cancellation) =>
            Interlocked.Increment(ref puts) > putsBeforeDeath ? throw new IOException("The writer died mid-upload.") : inner.PutAsync(sha256, path, cancellation);

        public Task GetAsync(string sha256, string path, CancellationToken cancellation) => inner.GetAsync(sha256, path, cancellation);
    }
}
