using NATS.Client.KeyValueStore;

namespace SearchService.Cluster.Serving;

/// <summary>What a replica reports about itself in the replicas bucket, for <c>/health</c>.</summary>
/// <param name="Shard">The shard it serves.</param>
/// <param name="Instance">Its instance name.</param>
/// <param name="Generation">The commit generation it serves (0 before its first).</param>
/// <param name="Serving">True once it answers searches.</param>
/// <param name="RejectedDownloads">Downloads it rejected for a wrong hash since it started.</param>
/// <param name="Reported">When it reported.</param>
public sealed record ReplicaStatus(int Shard, string Instance, long Generation, bool Serving, int RejectedDownloads, DateTimeOffset Reported)
{
    /// <summary>A replica that has not reported for this long is gone from the bucket.</summary>
    public const double ExpiresAfterSeconds = 10;

    /// <summary>How often a replica reports.</summary>
    public static readonly TimeSpan ReportEvery = TimeSpan.FromSeconds(2);

    /// <summary>The reports of every replica that reported recently.</summary>
    public static async Task<IReadOnlyList<ReplicaStatus>> ReadAllAsync(ClusterConnection connection, CancellationToken cancellation)
    {
        var bucket = await connection.ReplicasAsync(cancellation);
        var statuses = new List<ReplicaStatus>();
        try
        {
            await foreach (var key in bucket.GetKeysAsync(cancellationToken: cancellation))
            {
                try
                {
                    var entry = await bucket.GetEntryAsync<byte[]>(key, cancellationToken: cancellation);
                    if (entry.Value is { Length: > 0 } bytes)
                    {
                        statuses.Add(ShardProtocol.Decode<ReplicaStatus>(bytes));
                    }
                }
                catch (NatsKVKeyNotFoundException)
                {
                    // Expired between listing and reading.
                }
            }
        }
        catch (NatsKVException)
        {
            // An empty bucket: no replica reported.
        }
        return statuses;
    }
}
