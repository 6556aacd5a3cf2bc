using Microsoft.Extensions.Logging;
using NATS.Client.JetStream;
using NATS.Client.JetStream.Models;
using SearchService.Cluster.Ingest;
using SearchService.Cluster.Shipping;

namespace SearchService.Cluster.Indexing;

/// <summary>
/// The indexer role of one shard: takes the shard's lease, then consumes the shard's writes from the
/// durable log in batches, publishing one commit per batch and acknowledging the batch only after the
/// head moved. A crash anywhere before the acknowledgement redelivers the batch, which the writer applies
/// again without change. Losing the lease ends the epoch; the indexer then queues for the lease again.
/// </summary>
public sealed class ShardIndexer(ClusterConnection connection, ISegmentStore store, ILogger logger)
{
    private const int BatchSize = 200;
    private static readonly TimeSpan FetchWait = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan RetryRenewalAfter = TimeSpan.FromSeconds(1);

    /// <summary>Runs until <paramref name="cancellation"/> fires.</summary>
    public async Task RunAsync(CancellationToken cancellation)
    {
        var options = connection.Options;
        var folder = Path.Combine(options.DataPath, $"indexer-{options.ShardId}");
        WriterLease? held = null;
        while (!cancellation.IsCancellationRequested)
        {
            try
            {
                var writer = await ShardWriter.OpenAsync(connection, store, options.ShardId, folder, logger, cancellation, held);
                held = writer.Lease;
                await RunEpochAsync(writer, cancellation);
            }
            catch (StaleWriterException e)
            {
                logger.LogWarning("{Message} Waiting for the lease again.", e.Message);
            }
            catch (Exception) when (cancellation.IsCancellationRequested)
            {
                // Stopping: the unacknowledged batch goes to the next lease holder.
            }
            catch (Exception e) when (Retry.IsTransient(e))
            {
                logger.LogWarning(e, "The cluster did not answer; retrying");
                await Task.Delay(TimeSpan.FromSeconds(1), cancellation).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    private async Task RunEpochAsync(ShardWriter writer, CancellationToken cancellation)
    {
        using var epoch = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        var renewal = RenewUntilLostAsync(writer.Lease, epoch);
        try
        {
            var consumer = await connection.JetStream.CreateOrUpdateConsumerAsync(ClusterNames.IngestStream,
                new ConsumerConfig(ClusterNames.IndexerConsumer(connection.Options.ShardId))
                {
                    FilterSubject = ClusterNames.IngestFilter(connection.Options.ShardId),
                    AckPolicy = ConsumerConfigAckPolicy.Explicit,
                    AckWait = TimeSpan.FromSeconds(connection.Options.AckWaitSeconds),
                    DeliverPolicy = ConsumerConfigDeliverPolicy.All,
                }, epoch.Token);
            await ConsumeAsync(consumer, writer, epoch.Token);
        }
        catch (OperationCanceledException) when (!cancellation.IsCancellationRequested)
        {
            // The renewal ended the epoch mid-fetch.
        }
        finally
        {
            await epoch.CancelAsync();
            await renewal;
        }
        if (!cancellation.IsCancellationRequested)
        {
            throw new StaleWriterException($"{connection.Options.InstanceName} lost the lease of {ClusterNames.Shard(connection.Options.ShardId)}.");
        }
    }

    private async Task ConsumeAsync(INatsJSConsumer consumer, ShardWriter writer, CancellationToken epoch)
    {
        while (!epoch.IsCancellationRequested)
        {
            var batch = new List<INatsJSMsg<byte[]>>();
            // The server ends a fetch after FetchWait; a fetch whose server died never hears that, so the client bounds it too.
            using (var fetchBound = CancellationTokenSource.CreateLinkedTokenSource(epoch))
            {
                fetchBound.CancelAfter(FetchWait * 5);
                try
                {
                    await foreach (var message in consumer.FetchAsync<byte[]>(new NatsJSFetchOpts { MaxMsgs = BatchSize, Expires = FetchWait }, cancellationToken: fetchBound.Token))
                    {
                        batch.Add(message);
                    }
                }
                catch (OperationCanceledException) when (!epoch.IsCancellationRequested)
                {
                    // Fetched again below; what arrived before is applied now, the rest is redelivered.
                }
            }
            if (batch.Count == 0)
            {
                continue;
            }
            try
            {
                var manifest = await writer.ApplyAsync(batch.Select(m => DocumentWrite.FromBytes(m.Data)).ToList(), epoch);
                if (manifest is not null)
                {
                    logger.LogInformation("Published {Shard} generation {Generation} ({Writes} writes)", ClusterNames.Shard(manifest.Shard), manifest.Generation, batch.Count);
                    connection.Options.Faults.AfterHeadUpdate(manifest.Generation);
                }
                foreach (var message in batch)
                {
                    await message.AckAsync(cancellationToken: epoch);
                }
            }
            catch (Exception) when (!epoch.IsCancellationRequested)
            {
                await RedeliverAsync(batch);
                throw;
            }
        }
    }

    // A batch not acknowledged would come back only after the consumer's ack wait (minutes): the next epoch,
    // of this writer or another, waited that long for it. Asked for at once instead, as far as the server hears.
    private static async Task RedeliverAsync(List<INatsJSMsg<byte[]>> batch)
    {
        foreach (var message in batch)
        {
            try
            {
                await message.NakAsync();
            }
            catch (Exception e) when (Retry.IsTransient(e))
            {
                // Unheard: redelivered after the ack wait, as before.
            }
        }
    }

    // Renews at a third of the lease's life. A renewal refused ends the epoch; one unanswered (a server lost, its
    // streams electing new leaders) is tried again each second while the lease may still be alive, since ending
    // the epoch would only wait for this writer's own lease to expire.
    private async Task RenewUntilLostAsync(WriterLease lease, CancellationTokenSource epoch)
    {
        var life = TimeSpan.FromSeconds(connection.Options.LeaseSeconds);
        var every = life / 3;
        try
        {
            while (!epoch.IsCancellationRequested)
            {
                await Task.Delay(every, epoch.Token);
                while (true)
                {
                    try
                    {
                        await lease.RenewAsync(epoch.Token);
                        break;
                    }
                    catch (Exception e) when (Retry.IsTransient(e) && DateTime.UtcNow + RetryRenewalAfter < lease.RenewedAt + life)
                    {
                        logger.LogWarning("Lease renewal unanswered ({Reason}); trying again", e.Message);
                        await Task.Delay(RetryRenewalAfter, epoch.Token);
                    }
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The epoch ended for another reason.
        }
        catch (Exception e) when (e is StaleWriterException || Retry.IsTransient(e))
        {
            logger.LogWarning("Lease renewal failed: {Reason}", e.Message);
            await epoch.CancelAsync();
        }
    }
}
