using SearchService.Cluster.Coordination;
using SearchService.Cluster.Indexing;
using SearchService.Cluster.Ingest;
using SearchService.Cluster.Serving;
using SearchService.Cluster.Shipping;
using SearchService.Core.Documents;
using SearchService.Tests;

namespace SearchService.Cluster.Tests;

/// <summary>
/// A cluster on its own three NATS servers, with indexers and replicas running in the test process (each
/// with its own connection and folder) and a coordinator's scatter/gather. Roles stop on dispose.
/// </summary>
public sealed class ClusterRig : IAsyncDisposable
{
    private readonly TemporaryFolder data = new();
    private readonly List<(CancellationTokenSource Stop, Task Run, ClusterConnection Connection)> roles = [];
    private readonly List<ShardReplica> replicas = [];
    private readonly List<ReplicaDirectory> directories = [];
    private readonly Dictionary<ShardReplica, (CancellationTokenSource Stop, ClusterConnection Connection)> replicaRoles = [];

    public ClusterRig(int shards = 2, int servers = 3, double leaseSeconds = 10)
    {
        Shards = shards;
        LeaseSeconds = leaseSeconds;
        Nats = new NatsServers(servers);
    }

    public NatsServers Nats { get; }

    public int Shards { get; }

    public double LeaseSeconds { get; }

    public string DataPath => data.Path;

    public ClusterOptions Options(string instance, int shard = 0) => new()
    {
        NatsUrls = Nats.Urls,
        Shards = Shards,
        ShardId = shard,
        StorageReplicas = Nats.Count,
        DataPath = Path.Combine(data.Path, instance),
        InstanceName = instance,
        LeaseSeconds = LeaseSeconds,
        ShardTimeoutSeconds = 3,
        HedgeAfterSeconds = 0.2,
    };

    public Task<ClusterConnection> ConnectAsync(string instance, int shard = 0) =>
        ClusterConnection.OpenAsync(Options(instance, shard), CancellationToken.None);

    public async Task PublishSeedsAsync()
    {
        await using var connection = await ConnectAsync("publisher");
        await new IngestPublisher(connection).PublishFolderAsync(RepositoryPaths.Seeds, CancellationToken.None);
    }

    public async Task StartIndexerAsync(int shard)
    {
        var connection = await ConnectAsync($"indexer-{shard}", shard);
        var indexer = new ShardIndexer(connection, await ObjectSegmentStore.OpenAsync(connection, CancellationToken.None), FileLog.For($"indexer-{shard}"));
        Start(connection, indexer.RunAsync);
    }

    /// <summary>Starts a replica; <paramref name="wrap"/> may stand between it and the segment store.</summary>
    public async Task<ShardReplica> StartReplicaAsync(int shard, string name, Func<ISegmentStore, ISegmentStore>? wrap = null)
    {
        var connection = await ConnectAsync(name, shard);
        ISegmentStore store = await ObjectSegmentStore.OpenAsync(connection, CancellationToken.None);
        var replica = new ShardReplica(connection, wrap is null ? store : wrap(store), FileLog.For(name));
        replicas.Add(replica);
        replicaRoles[replica] = (Start(connection, replica.RunAsync), connection);
        return replica;
    }

    /// <summary>Publishes the seeds, starts an indexer and <paramref name="replicasPerShard"/> replicas per shard, and waits until every replica serves.</summary>
    public async Task<IReadOnlyList<ShardReplica>> StartWithSeedsAsync(int replicasPerShard = 2)
    {
        await PublishSeedsAsync();
        var started = new List<ShardReplica>();
        for (var shard = 0; shard < Shards; shard++)
        {
            await StartIndexerAsync(shard);
            for (var r = 0; r < replicasPerShard; r++)
            {
                started.Add(await StartReplicaAsync(shard, $"replica-s{shard}-r{r}"));
            }
        }
        await HoldingEverySeedAsync(started);
        return started;
    }

    /// <summary>
    /// Waits until each of <paramref name="replicas"/> serves a commit holding every seed of its shard. A replica
    /// loads the first commit it sees, which may hold only the indexer's first batch: tests that compare answers
    /// before and after an event need every seed in every replica first.
    /// </summary>
    public async Task HoldingEverySeedAsync(IReadOnlyList<ShardReplica> replicas)
    {
        await Task.WhenAll(replicas.Select(r => r.Loaded)).WaitAsync(TimeSpan.FromSeconds(60));
        var seedsPerShard = SourceFolder.Files(RepositoryPaths.Seeds)
            .GroupBy(file => ShardRouter.ShardOf(Path.GetFileNameWithoutExtension(file), Shards))
            .ToDictionary(group => group.Key, group => group.Count());
        await WaitUntilAsync(() => Task.FromResult(replicas.All(replica =>
            replica.Statistics?.Documents == seedsPerShard.GetValueOrDefault(replica.Shard))), 60, "every replica holds every seed");
    }

    public async Task<(ScatterGather Coordinator, ClusterConnection Connection)> CoordinatorAsync()
    {
        var connection = await ConnectAsync("coordinator");
        roles.Add((new CancellationTokenSource(), Task.CompletedTask, connection));
        var directory = new ReplicaDirectory(connection);
        directories.Add(directory);
        return (new ScatterGather(connection, directory), connection);
    }

    /// <summary>Polls <paramref name="condition"/> until it holds; fails after <paramref name="seconds"/>.</summary>
    public static async Task WaitUntilAsync(Func<Task<bool>> condition, double seconds, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"Timed out after {seconds} s waiting until {what}.");
            await Task.Delay(200);
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var directory in directories)
        {
            directory.Dispose();
        }
        foreach (var (stop, _, _) in roles)
        {
            await stop.CancelAsync();
        }
        foreach (var (stop, run, connection) in roles)
        {
            try
            {
                await run.WaitAsync(TimeSpan.FromSeconds(10));
            }
            catch (Exception e) when (e is OperationCanceledException or TimeoutException)
            {
                // Stopped, or stuck on a server the test killed: its connection goes below.
            }
            await connection.DisposeAsync();
            stop.Dispose();
        }
        foreach (var replica in replicas)
        {
            replica.Dispose();
        }
        Nats.Dispose();
        data.Dispose();
    }

    /// <summary>Takes a replica away as a crash would: its connection closes, so its queue group loses it at once.</summary>
    public async Task StopReplicaAsync(ShardReplica replica)
    {
        var (stop, connection) = replicaRoles[replica];
        await stop.CancelAsync();
        await connection.DisposeAsync();
    }

    private CancellationTokenSource Start(ClusterConnection connection, Func<CancellationToken, Task> run)
    {
        var stop = new CancellationTokenSource();
        roles.Add((stop, Task.Run(() => run(stop.Token)), connection));
        return stop;
    }
}
