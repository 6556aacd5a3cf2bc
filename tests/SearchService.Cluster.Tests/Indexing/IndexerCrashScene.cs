using Lucene.Net.Index;
using Lucene.Net.Store;
using Microsoft.Extensions.Logging.Abstractions;
using NATS.Client.JetStream;
using SearchService.Cluster.Coordination;
using SearchService.Cluster.Indexing;
using SearchService.Cluster.Ingest;
using SearchService.Cluster.Serving;
using SearchService.Cluster.Shipping;
using SearchService.Core.Search;
using SearchService.Core.Search.Documents;

namespace SearchService.Cluster.Tests.Indexing;

/// <summary>
/// One shard on three NATS servers with two replicas and a coordinator in the test, its indexer a process the
/// scene kills with a staged fault (<see cref="IndexerFaults"/>) and starts again; meanwhile every generation
/// the head names and every complete answer to a search are written down. Stops its processes on dispose.
/// </summary>
internal sealed class IndexerCrashScene : IAsyncDisposable
{
    /// <summary>The query the coordinator is asked throughout.</summary>
    public const string WatchedQuery = "region";

    // A dead indexer's batch comes back after the ack wait: 10 s rather than the default 2 minutes.
    private static readonly Dictionary<string, string> ReplaySoon = new() { ["Cluster__AckWaitSeconds"] = "10" };

    private readonly CancellationTokenSource stop = new();
    private readonly List<RoleProcess> indexers = [];
    private ClusterConnection connection = null!;
    private Task<(HashSet<long>, List<(long, int)>)> watching = null!;

    private IndexerCrashScene(ClusterRig rig) => Rig = rig;

    public ClusterRig Rig { get; }

    public ShardHead Head { get; private set; } = null!;

    public ISegmentStore Store { get; private set; } = null!;

    public IReadOnlyList<ShardReplica> Replicas { get; private set; } = [];

    public static async Task<IndexerCrashScene> StartAsync()
    {
        var scene = new IndexerCrashScene(new ClusterRig(shards: 1, leaseSeconds: 3));
        scene.connection = await scene.Rig.ConnectAsync("test");
        scene.Store = await ObjectSegmentStore.OpenAsync(scene.connection, CancellationToken.None);
        scene.Head = new ShardHead(await scene.connection.HeadsAsync(CancellationToken.None), 0);
        scene.Replicas = [await scene.Rig.StartReplicaAsync(0, "replica-a"), await scene.Rig.StartReplicaAsync(0, "replica-b")];
        var (coordinator, _) = await scene.Rig.CoordinatorAsync();
        scene.watching = WatchAsync(coordinator, scene.Head, scene.stop.Token);
        return scene;
    }

    public async Task PublishAsync(IEnumerable<DocumentWrite> writes)
    {
        var publisher = new IngestPublisher(connection);
        foreach (var write in writes)
        {
            await publisher.PublishAsync(write, CancellationToken.None);
        }
    }

    /// <summary>Starts the indexer with <c>Cluster:Faults:{fault}</c> set and waits until the fault killed it.</summary>
    public async Task KillIndexerAtAsync(string fault, string value)
    {
        using var dying = RoleProcess.Indexer(Rig, 0, "indexer-0", new Dictionary<string, string>(ReplaySoon) { [$"Cluster__Faults__{fault}"] = value });
        await dying.Faulted.WaitAsync(TimeSpan.FromSeconds(90));
        Assert.Equal(IndexerFaults.KilledExitCode, await dying.ExitedAsync(TimeSpan.FromSeconds(10)));
    }

    /// <summary>Starts the indexer again, without a fault.</summary>
    public void RestartIndexer() => indexers.Add(RoleProcess.Indexer(Rig, 0, "indexer-0", ReplaySoon));

    /// <summary>The indexer's consumer as the log sees it now.</summary>
    public async Task<INatsJSConsumer> ConsumerAsync() =>
        await connection.JetStream.GetConsumerAsync(ClusterNames.IngestStream, ClusterNames.IndexerConsumer(0));

    /// <summary>Waits until every write is acknowledged and <paramref name="served"/> holds for both replicas.</summary>
    public async Task WaitUntilDoneAsync(Func<ShardReplica, bool> served)
    {
        var consumer = await ConsumerAsync();
        await ClusterRig.WaitUntilAsync(async () =>
        {
            await consumer.RefreshAsync();
            return consumer.Info is { NumAckPending: 0, NumPending: 0 } && Replicas.All(served);
        }, 90, "every write is acknowledged and both replicas serve");
    }

    /// <summary>Stops watching (after the replicas had time to see the last head): every generation the head named,
    /// and every complete answer's generation and total.</summary>
    public async Task<(HashSet<long> Published, List<(long Generation, int Total)> Answered)> StopWatchingAsync()
    {
        await Task.Delay(ShardHead.FollowEvery * 3);
        await stop.CancelAsync();
        return await watching;
    }

    /// <summary>The documents of a published generation, assembled as a replica would.</summary>
    public Task<List<string>> PublishedIdsAsync(CommitManifest manifest) =>
        AssembledAsync(manifest, index => new DocumentCatalog(index).List(null, null, null, 1, 100).Documents.Select(d => d.Id).ToList());

    /// <summary>The total of <see cref="WatchedQuery"/> on a published generation, assembled as a replica would.</summary>
    public Task<int> TotalAsync(CommitManifest manifest) =>
        AssembledAsync(manifest, index => new ParagraphSearcher(index).Search(new SearchRequest(WatchedQuery)).Total);

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        foreach (var indexer in indexers)
        {
            indexer.Dispose();
        }
        await connection.DisposeAsync();
        await Rig.DisposeAsync();
        stop.Dispose();
    }

    // Every generation the head names and every complete answer the coordinator gets, until stopped.
    private static async Task<(HashSet<long>, List<(long, int)>)> WatchAsync(ScatterGather coordinator, ShardHead head, CancellationToken stop)
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
    private async Task<T> AssembledAsync<T>(CommitManifest manifest, Func<ParagraphIndex, T> read)
    {
        var folder = Path.Combine(Rig.DataPath, "assembled", manifest.Generation.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await new CommitFetcher(Store, folder, NullLogger.Instance).ApplyAsync(manifest, CancellationToken.None);
        using (var directory = FSDirectory.Open(folder))
        {
            Assert.True(new CheckIndex(directory).DoCheckIndex().Clean, $"generation {manifest.Generation} fails CheckIndex");
        }
        using var index = ParagraphIndex.Open(folder);
        return read(index);
    }
}
