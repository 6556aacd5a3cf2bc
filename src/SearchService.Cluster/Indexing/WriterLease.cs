using NATS.Client.KeyValueStore;
using SearchService.Cluster.Shipping;

namespace SearchService.Cluster.Indexing;

/// <summary>
/// The right to write one shard: a key in the leases bucket, created only when absent and renewed by
/// compare-and-set on the revision this holder wrote. The bucket's max age expires a lease that is not
/// renewed, so a crashed or paused writer gives way to another.
/// </summary>
public sealed class WriterLease(INatsKVStore leases, int shard, string owner)
{
    // The renewal timer and a publishing writer both renew: one at a time, each with the revision the other wrote.
    private readonly SemaphoreSlim renewing = new(1, 1);
    private ulong revision;

    /// <summary>When the last successful take or renewal was sent (UTC): the lease lives at least its life from then.</summary>
    public DateTime RenewedAt { get; private set; }

    private string Key => ClusterNames.Shard(shard);

    /// <summary>Waits until the lease is free and takes it.</summary>
    public async Task AcquireAsync(TimeSpan pollEvery, CancellationToken cancellation)
    {
        while (true)
        {
            try
            {
                var sent = DateTime.UtcNow;
                revision = await leases.CreateAsync(Key, owner, cancellationToken: cancellation);
                RenewedAt = sent;
                return;
            }
            catch (Exception e) when (e is NatsKVCreateException or NatsKVKeyNotFoundException)
            {
                // Taken by another writer; or the old lease's key expired while the client's create looked at it
                // (the client then reports the key missing, seen once in CI when a dead writer's lease ran out):
                // either way, ask again.
                await Task.Delay(pollEvery, cancellation);
            }
        }
    }

    /// <summary>Extends the lease if this holder still has it (after an epoch ended by an unanswered call, say);
    /// false when it expired or another writer took it.</summary>
    public async Task<bool> TryRenewAsync(CancellationToken cancellation)
    {
        try
        {
            await RenewAsync(cancellation);
            return true;
        }
        catch (Exception e) when (e is StaleWriterException or NatsKVKeyNotFoundException or NatsKVKeyDeletedException)
        {
            return false;
        }
    }

    /// <summary>Extends the lease.</summary>
    /// <exception cref="StaleWriterException">The lease expired or another writer holds it.</exception>
    public async Task RenewAsync(CancellationToken cancellation)
    {
        await renewing.WaitAsync(cancellation);
        try
        {
            var sent = DateTime.UtcNow;
            revision = await leases.UpdateAsync(Key, owner, revision, cancellationToken: cancellation);
            RenewedAt = sent;
        }
        catch (NatsKVWrongLastRevisionException e)
        {
            throw new StaleWriterException($"{owner} lost the lease of {Key}.", e);
        }
        finally
        {
            renewing.Release();
        }
    }
}
