using SearchService.Cluster.Serving;
using SearchService.Cluster.Shipping;

namespace SearchService.Cluster.Coordination;

/// <summary>One shard's state: its published generation and the replicas serving it.</summary>
/// <param name="Shard">The shard's name.</param>
/// <param name="Generation">The generation its head points at (0: nothing published yet).</param>
/// <param name="Replicas">The replicas that reported recently.</param>
public sealed record ShardHealth(string Shard, long Generation, IReadOnlyList<ReplicaHealth> Replicas);

/// <summary>One replica's state.</summary>
/// <param name="Instance">Its instance name.</param>
/// <param name="Generation">The generation it serves.</param>
/// <param name="Lag">Generations it is behind the head.</param>
/// <param name="Serving">True when it answers searches.</param>
/// <param name="RejectedDownloads">Downloads it rejected for a wrong hash.</param>
public sealed record ReplicaHealth(string Instance, long Generation, long Lag, bool Serving, int RejectedDownloads);

/// <summary>Reads every shard's head and the replicas' reports, for <c>/health</c> in cluster mode.</summary>
public sealed class ClusterHealth(ClusterConnection connection)
{
    /// <summary>The state of every shard.</summary>
    public async Task<IReadOnlyList<ShardHealth>> ReadAsync(CancellationToken cancellation)
    {
        var heads = await connection.HeadsAsync(cancellation);
        var statuses = await ReplicaStatus.ReadAllAsync(connection, cancellation);
        var shards = new List<ShardHealth>();
        for (var shard = 0; shard < connection.Options.Shards; shard++)
        {
            var (manifest, _) = await new ShardHead(heads, shard).ReadAsync(cancellation);
            var generation = manifest?.Generation ?? 0;
            var replicas = statuses.Where(s => s.Shard == shard).OrderBy(s => s.Instance, StringComparer.Ordinal)
                .Select(s => new ReplicaHealth(s.Instance, s.Generation, Math.Max(0, generation - s.Generation), s.Serving, s.RejectedDownloads))
                .ToList();
            shards.Add(new ShardHealth(ClusterNames.Shard(shard), generation, replicas));
        }
        return shards;
    }
}
