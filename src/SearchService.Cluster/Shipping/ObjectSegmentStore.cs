using NATS.Client.ObjectStore;

namespace SearchService.Cluster.Shipping;

/// <summary>Index files in the cluster's JetStream Object Store bucket (chunked and replicated by JetStream).</summary>
public sealed class ObjectSegmentStore(INatsObjStore bucket) : ISegmentStore
{
    /// <summary>The store of <paramref name="connection"/>'s segments bucket.</summary>
    public static async Task<ObjectSegmentStore> OpenAsync(ClusterConnection connection, CancellationToken cancellation) =>
        new(await connection.Objects.GetObjectStoreAsync(ClusterNames.SegmentsBucket, cancellation));

    /// <inheritdoc />
    public async Task<bool> ContainsAsync(string sha256, CancellationToken cancellation)
    {
        try
        {
            var info = await bucket.GetInfoAsync(sha256, cancellationToken: cancellation);
            return !info.Deleted;
        }
        catch (NatsObjNotFoundException)
        {
            return false;
        }
    }

    /// <inheritdoc />
    public async Task PutAsync(string sha256, string path, CancellationToken cancellation)
    {
        await using var file = File.OpenRead(path);
        await bucket.PutAsync(sha256, file, cancellationToken: cancellation);
    }

    /// <inheritdoc />
    public async Task GetAsync(string sha256, string path, CancellationToken cancellation)
    {
        await using var file = File.Create(path);
        await bucket.GetAsync(sha256, file, cancellationToken: cancellation);
    }
}
