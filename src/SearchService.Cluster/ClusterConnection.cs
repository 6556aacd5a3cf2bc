using NATS.Client.Core;
using NATS.Client.JetStream;
using NATS.Client.JetStream.Models;
using NATS.Client.KeyValueStore;
using NATS.Client.ObjectStore;
using NATS.Net;
using SearchService.Cluster.Serving;

namespace SearchService.Cluster;

/// <summary>
/// One connection to the cluster's NATS servers with the JetStream contexts every role uses, and the
/// stream and buckets created when missing (idempotent: every role may start first).
/// </summary>
public sealed class ClusterConnection : IAsyncDisposable
{
    private ClusterConnection(NatsClient client, ClusterOptions options)
    {
        Client = client;
        Options = options;
        JetStream = client.CreateJetStreamContext();
        KeyValues = client.CreateKeyValueStoreContext();
        Objects = client.CreateObjectStoreContext();
    }

    /// <summary>The NATS client (request/reply, subscriptions).</summary>
    public NatsClient Client { get; }

    /// <summary>The options the connection was made with.</summary>
    public ClusterOptions Options { get; }

    /// <summary>JetStream: the ingest stream and its consumers.</summary>
    public INatsJSContext JetStream { get; }

    /// <summary>Key/value buckets: heads, leases, replica status.</summary>
    public INatsKVContext KeyValues { get; }

    /// <summary>Object stores: segment files.</summary>
    public INatsObjContext Objects { get; }

    /// <summary>Connects and makes sure the stream and buckets exist.</summary>
    public static async Task<ClusterConnection> OpenAsync(ClusterOptions options, CancellationToken cancellation)
    {
        var client = new NatsClient(new NatsOpts { Url = options.NatsUrls, Name = options.InstanceName, MaxReconnectRetry = -1 });
        var connection = new ClusterConnection(client, options);
        try
        {
            await client.ConnectAsync();
            await connection.EnsureStorageAsync(cancellation);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>The shard heads bucket.</summary>
    public ValueTask<INatsKVStore> HeadsAsync(CancellationToken cancellation) => KeyValues.GetStoreAsync(ClusterNames.HeadsBucket, cancellation);

    /// <summary>The writer leases bucket.</summary>
    public ValueTask<INatsKVStore> LeasesAsync(CancellationToken cancellation) => KeyValues.GetStoreAsync(ClusterNames.LeasesBucket, cancellation);

    /// <summary>The replica status bucket.</summary>
    public ValueTask<INatsKVStore> ReplicasAsync(CancellationToken cancellation) => KeyValues.GetStoreAsync(ClusterNames.ReplicasBucket, cancellation);

    private async Task EnsureStorageAsync(CancellationToken cancellation)
    {
        var replicas = Options.StorageReplicas;
        // A cluster's leader elections take a few seconds after its servers start: retry until it answers.
        await Retry.UntilAsync(async () =>
        {
            await JetStream.CreateOrUpdateStreamAsync(new StreamConfig(ClusterNames.IngestStream, ["ingest.>"])
            {
                Storage = StreamConfigStorage.File,
                NumReplicas = replicas,
                // The log keeps each document's latest write: it is the durable state of the corpus, from which a shard can be rebuilt.
                MaxMsgsPerSubject = 1,
            }, cancellation);
            await KeyValues.CreateOrUpdateStoreAsync(new NatsKVConfig(ClusterNames.HeadsBucket) { NumberOfReplicas = replicas, History = 1, Storage = NatsKVStorageType.File }, cancellation);
            await KeyValues.CreateOrUpdateStoreAsync(new NatsKVConfig(ClusterNames.LeasesBucket)
            {
                NumberOfReplicas = replicas,
                MaxAge = TimeSpan.FromSeconds(Options.LeaseSeconds),
                Storage = NatsKVStorageType.File,
            }, cancellation);
            await KeyValues.CreateOrUpdateStoreAsync(new NatsKVConfig(ClusterNames.ReplicasBucket)
            {
                NumberOfReplicas = replicas,
                MaxAge = TimeSpan.FromSeconds(ReplicaStatus.ExpiresAfterSeconds),
                Storage = NatsKVStorageType.Memory,
            }, cancellation);
            await Objects.CreateObjectStoreAsync(new NatsObjConfig(ClusterNames.SegmentsBucket) { NumberOfReplicas = replicas, Storage = NatsObjStorageType.File }, cancellation);
        }, TimeSpan.FromSeconds(30), cancellation);
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => Client.DisposeAsync();
}
