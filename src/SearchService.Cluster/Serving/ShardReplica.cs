using Microsoft.Extensions.Logging;
using NATS.Client.Core;
using SearchService.Cluster.Shipping;
using SearchService.Core.Search;

namespace SearchService.Cluster.Serving;

/// <summary>
/// The replica role of one shard: follows the shard's head, fetching each published commit into its own
/// folder (<see cref="CommitFetcher"/>) and moving its searcher to it, and answers the shard's searches
/// in the shard's queue group with the single node's own <see cref="ParagraphSearcher"/>. It joins the
/// group only once its first commit is loaded and warmed, so it never answers from an empty index.
/// </summary>
public sealed class ShardReplica(ClusterConnection connection, ISegmentStore store, ILogger logger) : IDisposable
{
    private const string WarmUpQuery = "vårdplatser";

    private readonly TaskCompletionSource loaded = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private CommitFetcher? fetcher;
    private ParagraphIndex? index;
    private ShardQueryHandler? handler;
    private long generation;

    /// <summary>The shard it serves.</summary>
    public int Shard => connection.Options.ShardId;

    /// <summary>The generation being served (0 before the first).</summary>
    public long Generation => Interlocked.Read(ref generation);

    /// <summary>Completes when the first commit is loaded and the replica answers searches.</summary>
    public Task Loaded => loaded.Task;

    /// <summary>
    /// Documents and paragraphs of the commit being served (null before the first). The first commit can hold
    /// only the first batch of the log, so being loaded does not mean holding every write published so far.
    /// </summary>
    public IndexStatistics? Statistics => Volatile.Read(ref index)?.Statistics();

    /// <summary>Follows the head and serves until <paramref name="cancellation"/> fires.</summary>
    public async Task RunAsync(CancellationToken cancellation)
    {
        var folder = Path.Combine(connection.Options.DataPath, $"replica-{Shard}");
        fetcher = new CommitFetcher(store, folder, logger);
        var serving = ServeWhenLoadedAsync(cancellation);
        var reporting = ReportAsync(cancellation);
        var head = new ShardHead(await connection.HeadsAsync(cancellation), Shard);
        while (!cancellation.IsCancellationRequested)
        {
            try
            {
                await foreach (var manifest in head.FollowAsync(cancellation))
                {
                    await ApplyAsync(manifest, cancellation);
                }
            }
            catch (Exception) when (cancellation.IsCancellationRequested)
            {
                // Stopping: whatever was in flight no longer matters.
            }
            catch (Exception e) when (Retry.IsTransient(e))
            {
                logger.LogWarning("Following the head of {Shard} failed ({Reason}); following it again", ClusterNames.Shard(Shard), e.Message);
                await Task.Delay(TimeSpan.FromSeconds(1), cancellation).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
        await Task.WhenAll(serving, reporting);
    }

    private async Task ApplyAsync(CommitManifest manifest, CancellationToken cancellation)
    {
        if (index is not null && manifest.Generation <= Generation)
        {
            return;
        }
        try
        {
            await fetcher!.ApplyAsync(manifest, cancellation);
        }
        catch (InvalidDataException e)
        {
            // The previous commit is untouched and keeps serving; the next head (or a restart) tries again.
            logger.LogError("Generation {Generation} of {Shard} not applied: {Reason}", manifest.Generation, ClusterNames.Shard(Shard), e.Message);
            return;
        }
        if (index is null)
        {
            index = ParagraphIndex.Open(fetcher.Folder, searchers: new CorpusStatisticsSearcher.Factory());
            handler = new ShardQueryHandler(index, Shard, connection.Options.InstanceName);
            handler.WarmUp(WarmUpQuery);
        }
        else
        {
            index.Refresh();
        }
        Interlocked.Exchange(ref generation, manifest.Generation);
        fetcher.Prune(manifest);
        loaded.TrySetResult();
        logger.LogInformation("{Shard} serves generation {Generation}", ClusterNames.Shard(Shard), manifest.Generation);
    }

    private async Task ServeWhenLoadedAsync(CancellationToken cancellation)
    {
        await loaded.Task.WaitAsync(cancellation).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        if (cancellation.IsCancellationRequested)
        {
            return;
        }
        // The queue group balances when the coordinator knows no replicas yet; the replica's own subject
        // lets the coordinator pick the least busy replica and hedge on another one.
        await Task.WhenAll(
            ServeAsync(ClusterNames.SearchSubject(Shard), ClusterNames.SearchSubject(Shard), cancellation),
            ServeAsync(ClusterNames.ReplicaSearchSubject(Shard, connection.Options.InstanceName), null, cancellation));
    }

    private async Task ServeAsync(string subject, string? queueGroup, CancellationToken cancellation)
    {
        try
        {
            await foreach (var message in connection.Client.SubscribeAsync<byte[]>(subject, queueGroup: queueGroup, cancellationToken: cancellation))
            {
                // Each request on its own task: one slow query must not hold up the others.
                _ = Task.Run(() => AnswerAsync(message, cancellation), cancellation);
            }
        }
        catch (OperationCanceledException)
        {
            // Stopping.
        }
    }

    private async Task AnswerAsync(NatsMsg<byte[]> message, CancellationToken cancellation)
    {
        var answer = handler!.Answer(ShardProtocol.Decode<ShardQuery>(message.Data), Generation);
        await message.ReplyAsync(ShardProtocol.Encode(answer), cancellationToken: cancellation);
    }

    private async Task ReportAsync(CancellationToken cancellation)
    {
        var key = ClusterNames.ReplicaKey(Shard, connection.Options.InstanceName);
        while (!cancellation.IsCancellationRequested)
        {
            try
            {
                var replicas = await connection.ReplicasAsync(cancellation);
                var status = new ReplicaStatus(Shard, connection.Options.InstanceName, Generation, loaded.Task.IsCompleted,
                    fetcher?.RejectedDownloads ?? 0, DateTimeOffset.UtcNow);
                await replicas.PutAsync(key, ShardProtocol.Encode(status), cancellationToken: cancellation);
                await Task.Delay(ReplicaStatus.ReportEvery, cancellation);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            catch (Exception e) when (Retry.IsTransient(e))
            {
                // Health reporting waits for the cluster like everything else; searches do not depend on it.
                await Task.Delay(ReplicaStatus.ReportEvery, cancellation).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    /// <inheritdoc />
    public void Dispose() => index?.Dispose();
}
