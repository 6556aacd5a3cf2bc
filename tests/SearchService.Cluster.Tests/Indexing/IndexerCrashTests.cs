using Lucene.Net.Index;
using Lucene.Net.Store;
using Microsoft.Extensions.Logging.Abstractions;
using SearchService.Cluster.Coordination;
using SearchService.Cluster.Indexing;
using SearchService.Cluster.Ingest;
using SearchService.Cluster.Shipping;
using SearchService.Core.Documents;
using SearchService.Core.Search;
using SearchService.Core.Search.Documents;
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
        await using var rig = new ClusterRig(shards: 1, leaseSeconds: 3);
        var writes = SeedWrites();
        await using var connection = await rig.ConnectAsync("test");
        var publisher = new IngestPublisher(connection);
        var head = new ShardHead(await connection.HeadsAsync(CancellationToken.None), 0);
        var replicas = new[] { await rig.StartReplicaAsync(0, "replica-a"), await rig.StartReplicaAsync(0, "replica-b") };
        var (coordinator, _) = await rig.CoordinatorAsync();
        using var stop = new CancellationTokenSource();
        var watching = WatchAsync(coordinator, head, stop.Token);

        foreach (var write in writes)
        {
            await publisher.PublishAsync(write, CancellationToken.None);
        }
        using (var dying = RoleProcess.Indexer(rig, 0, "indexer-0", new Dictionary<string, string>(ReplaySoon) { ["Cluster__Faults__ExitAfterUploads"] = "2" }))
        {
            await dying.Faulted.WaitAsync(TimeSpan.FromSeconds(90));
            Assert.Equal(IndexerFaults.KilledExitCode, await dying.ExitedAsync(TimeSpan.FromSeconds(10)));
        }
        Assert.Null((await head.ReadAsync(CancellationToken.None)).Manifest);
        var consumer = await connection.JetStream.GetConsumerAsync(ClusterNames.IngestStream, ClusterNames.IndexerConsumer(0));
        Assert.Equal(writes.Count, consumer.Info.NumAckPending);
        Assert.All(replicas, r => Assert.False(r.Loaded.IsCompleted));

        using var restarted = RoleProcess.Indexer(rig, 0, "indexer-0", ReplaySoon);
        await ClusterRig.WaitUntilAsync(async () =>
        {
            await consumer.RefreshAsync();
            return consumer.Info is { NumAckPending: 0, NumPending: 0 } && replicas.All(r => r.Loaded.IsCompleted);
        }, 90, "every write is acknowledged and both replicas serve");
        await Task.Delay(ShardHead.FollowEvery * 3);
        await stop.CancelAsync();
        var (published, answered) = await watching;

        var (final, _) = await head.ReadAsync(CancellationToken.None);
        Assert.Equal([final!.Generation], published);
        var store = await ObjectSegmentStore.OpenAsync(connection, CancellationToken.None);
        Assert.Equal(Ids(writes), await PublishedIdsAsync(store, final, rig.DataPath));
        var total = await TotalAsync(store, final, rig.DataPath);
        Assert.All(answered, a => Assert.Equal((final.Generation, total), a));
        AssertServesTheSource(rig, "replica-a", "replica-b");
    }

    // Cluster:Faults:ExitAfterHeadUpdate kills the indexer's process right after its head CAS, before the ack: the
    // published generation stays, the log redelivers the batch (after Cluster:AckWaitSeconds) to the restarted indexer.
    [NatsFact]
    public async Task An_indexer_process_killed_between_the_head_update_and_the_ack_serves_no_torn_generation_and_ends_equal_to_the_source()
    {
        await using var rig = new ClusterRig(shards: 1, leaseSeconds: 3);
        var writes = SeedWrites();
        var (first, second) = (writes.Take(3).ToList(), writes.Skip(3).ToList());
        await using var connection = await rig.ConnectAsync("test");
        var publisher = new IngestPublisher(connection);
        var store = await ObjectSegmentStore.OpenAsync(connection, CancellationToken.None);
        var head = new ShardHead(await connection.HeadsAsync(CancellationToken.None), 0);
        var replicas = new[] { await rig.StartReplicaAsync(0, "replica-a"), await rig.StartReplicaAsync(0, "replica-b") };
        var (coordinator, _) = await rig.CoordinatorAsync();
        using var stop = new CancellationTokenSource();
        var watching = WatchAsync(coordinator, head, stop.Token);

        foreach (var write in first)
        {
            await publisher.PublishAsync(write, CancellationToken.None);
        }
        using (var dying = RoleProcess.Indexer(rig, 0, "indexer-0", new Dictionary<string, string>(ReplaySoon) { ["Cluster__Faults__ExitAfterHeadUpdate"] = "true" }))
        {
            await dying.Faulted.WaitAsync(TimeSpan.FromSeconds(90));
            Assert.Equal(IndexerFaults.KilledExitCode, await dying.ExitedAsync(TimeSpan.FromSeconds(10)));
        }
        var (killedAt, _) = await head.ReadAsync(CancellationToken.None);
        Assert.Equal("indexer-0", killedAt!.Writer);
        var consumer = await connection.JetStream.GetConsumerAsync(ClusterNames.IngestStream, ClusterNames.IndexerConsumer(0));
        Assert.Equal(first.Count, consumer.Info.NumAckPending);
        Assert.Equal(Ids(first), await PublishedIdsAsync(store, killedAt, rig.DataPath));

        foreach (var write in second)
        {
            await publisher.PublishAsync(write, CancellationToken.None);
        }
        using var restarted = RoleProcess.Indexer(rig, 0, "indexer-0", ReplaySoon);
        await ClusterRig.WaitUntilAsync(async () =>
        {
            await consumer.RefreshAsync();
            return consumer.Info is { NumAckPending: 0, NumPending: 0 } && replicas.All(r => r.Generation > killedAt.Generation);
        }, 90, "every write is acknowledged and both replicas serve a newer generation");
        await Task.Delay(ShardHead.FollowEvery * 3);
        await stop.CancelAsync();
        var (published, answered) = await watching;

        // The replayed batch changed nothing: the head moved once, to the generation of the second batch.
        var (final, _) = await head.ReadAsync(CancellationToken.None);
        Assert.Equal([killedAt.Generation, final!.Generation], published.Order());
        Assert.Equal(Ids(writes), await PublishedIdsAsync(store, final, rig.DataPath));
        // Every answer came from a published generation, with that generation's own count.
        var expected = new Dictionary<long, int>
        {
            [killedAt.Generation] = await TotalAsync(store, killedAt, rig.DataPath),
            [final.Generation] = await TotalAsync(store, final, rig.DataPath),
        };
        Assert.NotEmpty(answered);
        Assert.All(answered, a => Assert.Equal(expected[a.Generation], a.Total));
        AssertServesTheSource(rig, "replica-a", "replica-b");
    }

    // A dead indexer's batch comes back after the ack wait: 10 s rather than the default 2 minutes.
    private static readonly Dictionary<string, string> ReplaySoon = new() { ["Cluster__AckWaitSeconds"] = "10" };

    private const string WatchedQuery = "region";

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

    // Every generation the head names and every complete answer the coordinator gets, until stopped.
    private static async Task<(HashSet<long> Published, List<(long Generation, int Total)> Answered)> WatchAsync(
        ScatterGather coordinator, ShardHead head, CancellationToken stop)
    {
        var published = new HashSet<long>();
        var answered = new List<(long, int)>();
        while (!stop.IsCancellationRequested)
        {
            if ((await head.ReadAsync(CancellationToken.None)).Manifest is { } manifest)
            {
                published.Add(manifest.Generation);
            }
            var answer = await coordinator.SearchAsync(new SearchRequest(WatchedQuery), CancellationToken.None);
            if (!answer.Partial && answer.Result is { } result)
            {
                answered.Add((answer.Generations[ClusterNames.Shard(0)], result.Total));
            }
            await Task.Delay(100, CancellationToken.None);
        }
        return (published, answered);
    }

    // A published generation as a replica would assemble it (every file checked against the manifest), checked
    // whole by Lucene's CheckIndex.
    private static async Task<T> AssembledAsync<T>(ISegmentStore store, CommitManifest manifest, string data, Func<ParagraphIndex, T> read)
    {
        var folder = Path.Combine(data, "assembled", manifest.Generation.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await new CommitFetcher(store, folder, NullLogger.Instance).ApplyAsync(manifest, CancellationToken.None);
        using (var directory = FSDirectory.Open(folder))
        {
            Assert.True(new CheckIndex(directory).DoCheckIndex().Clean, $"generation {manifest.Generation} fails CheckIndex");
        }
        using var index = ParagraphIndex.Open(folder);
        return read(index);
    }

    private static Task<List<string>> PublishedIdsAsync(ISegmentStore store, CommitManifest manifest, string data) =>
        AssembledAsync(store, manifest, data, index => new DocumentCatalog(index).List(null, null, null, 1, 100).Documents.Select(d => d.Id).ToList());

    private static Task<int> TotalAsync(ISegmentStore store, CommitManifest manifest, string data) =>
        AssembledAsync(store, manifest, data, index => new ParagraphSearcher(index).Search(new SearchRequest(WatchedQuery)).Total);

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
