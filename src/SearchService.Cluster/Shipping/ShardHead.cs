using System.Runtime.CompilerServices;
using NATS.Client.KeyValueStore;

namespace SearchService.Cluster.Shipping;

/// <summary>
/// A shard's head pointer: the key in the heads bucket holding its current <see cref="CommitManifest"/>.
/// Advancing it is a compare-and-set on the revision the writer last saw, so it is both the atomic publish
/// of a commit and the fence against a writer that lost its lease.
/// </summary>
public sealed class ShardHead(INatsKVStore heads, int shard)
{
    private string Key => ClusterNames.Shard(shard);

    /// <summary>The current manifest and its revision; (null, 0) when the shard has none yet.</summary>
    public async Task<(CommitManifest? Manifest, ulong Revision)> ReadAsync(CancellationToken cancellation)
    {
        try
        {
            var entry = await heads.GetEntryAsync<byte[]>(Key, cancellationToken: cancellation);
            return entry.Value is { Length: > 0 } bytes ? (CommitManifest.FromBytes(bytes), entry.Revision) : (null, entry.Revision);
        }
        catch (NatsKVKeyNotFoundException)
        {
            return (null, 0);
        }
        catch (NatsKVKeyDeletedException)
        {
            return (null, 0);
        }
    }

    /// <summary>Publishes <paramref name="manifest"/> if the head is still at <paramref name="expectedRevision"/>
    /// (0: no head yet); the new revision.</summary>
    /// <exception cref="StaleWriterException">Another writer advanced the head since.</exception>
    public async Task<ulong> AdvanceAsync(CommitManifest manifest, ulong expectedRevision, CancellationToken cancellation)
    {
        try
        {
            return expectedRevision == 0
                ? await heads.CreateAsync(Key, manifest.ToBytes(), cancellationToken: cancellation)
                : await heads.UpdateAsync(Key, manifest.ToBytes(), expectedRevision, cancellationToken: cancellation);
        }
        catch (Exception e) when (e is NatsKVWrongLastRevisionException or NatsKVCreateException)
        {
            throw new StaleWriterException($"The head of {Key} moved past revision {expectedRevision}: another writer published.", e);
        }
    }

    /// <summary>How often <see cref="FollowAsync"/> reads the head.</summary>
    public static readonly TimeSpan FollowEvery = TimeSpan.FromMilliseconds(500);

    /// <summary>The current manifest, then every newer one, read every <see cref="FollowEvery"/>. Reading the key
    /// rather than watching it: a KV watch is an ephemeral consumer, and with one of three servers (nats-server
    /// 2.9) killed, recreating it went unanswered for minutes in the tests, while reading the key needs only
    /// the bucket's stream leader, elected again within seconds.</summary>
    /// <exception cref="Exception">A read failed (the caller follows again; see <see cref="Retry.IsTransient"/>).</exception>
    public async IAsyncEnumerable<CommitManifest> FollowAsync([EnumeratorCancellation] CancellationToken cancellation)
    {
        long seen = -1;
        while (!cancellation.IsCancellationRequested)
        {
            var (manifest, _) = await ReadAsync(cancellation);
            if (manifest is not null && manifest.Generation != seen)
            {
                seen = manifest.Generation;
                yield return manifest;
            }
            await Task.Delay(FollowEvery, cancellation).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }
}
