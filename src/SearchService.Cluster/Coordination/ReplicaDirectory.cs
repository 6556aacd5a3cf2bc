using System.Collections.Concurrent;
using SearchService.Cluster.Serving;

namespace SearchService.Cluster.Coordination;

/// <summary>
/// The coordinator's view of which replicas serve each shard (from their reports, refreshed in the
/// background) and how many requests each has outstanding from this coordinator. A replica that stalls
/// (SIGSTOP, a long GC) piles up outstanding requests and stops being chosen first; a replica that died
/// answers "no responders" at once and its report expires.
/// </summary>
public sealed class ReplicaDirectory : IDisposable
{
    private static readonly TimeSpan RefreshEvery = TimeSpan.FromSeconds(1);

    private readonly ClusterConnection connection;
    private readonly CancellationTokenSource stop = new();
    private readonly ConcurrentDictionary<string, int> outstanding = new(StringComparer.Ordinal);
    private volatile IReadOnlyList<ReplicaStatus> serving = [];

    /// <summary>Starts following the replicas' reports.</summary>
    public ReplicaDirectory(ClusterConnection connection)
    {
        this.connection = connection;
        _ = RefreshAsync(stop.Token);
    }

    /// <summary>The serving replicas of <paramref name="shard"/>, least busy first (ties in random order, to spread load).</summary>
    public IReadOnlyList<string> Candidates(int shard) =>
        [.. serving.Where(s => s.Shard == shard)
            .OrderBy(s => outstanding.GetValueOrDefault(s.Instance))
            .ThenBy(_ => Random.Shared.Next())
            .Select(s => s.Instance)];

    /// <summary>Counts a request to <paramref name="instance"/> as outstanding until disposed.</summary>
    public IDisposable Track(string instance)
    {
        outstanding.AddOrUpdate(instance, 1, (_, n) => n + 1);
        return new Outstanding(outstanding, instance);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        stop.Cancel();
        stop.Dispose();
    }

    private async Task RefreshAsync(CancellationToken cancellation)
    {
        while (!cancellation.IsCancellationRequested)
        {
            try
            {
                serving = [.. (await ReplicaStatus.ReadAllAsync(connection, cancellation)).Where(s => s.Serving)];
            }
            catch (Exception e) when (Retry.IsTransient(e))
            {
                // Keep the last view; the queue group still reaches every replica.
            }
            await Task.Delay(RefreshEvery, cancellation).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    private sealed class Outstanding(ConcurrentDictionary<string, int> counts, string instance) : IDisposable
    {
        public void Dispose() => counts.AddOrUpdate(instance, 0, (_, n) => Math.Max(0, n - 1));
    }
}
