using System.Diagnostics;
using NATS.Client.Core;
using SearchService.Cluster.Serving;
using SearchService.Core.Search;

namespace SearchService.Cluster.Coordination;

/// <summary>
/// The coordinator's read path: asks every shard's queue group at once, asks a shard a second time when it
/// has not answered within the hedge delay (NATS hands the second request to any replica, often another),
/// waits at most the shard timeout, and merges what came back. A shard without an answer makes the result
/// partial and is named, never silently left out.
/// </summary>
public sealed class ScatterGather(ClusterConnection connection)
{
    /// <summary>Searches every shard.</summary>
    public async Task<ShardedSearchResult> SearchAsync(SearchRequest request, CancellationToken cancellation)
    {
        var stopwatch = Stopwatch.StartNew();
        var widened = request with { Page = 1, PageSize = request.Page * request.PageSize };
        var query = ShardProtocol.Encode(new ShardQuery(widened));
        var answers = await Task.WhenAll(Enumerable.Range(0, connection.Options.Shards).Select(shard => AskAsync(shard, query, cancellation)));
        var answered = answers.OfType<ShardAnswer>().ToList();
        if (answered.FirstOrDefault(a => a.QueryError is not null) is { } error)
        {
            return new ShardedSearchResult(null, false, [], new Dictionary<string, long>(), error.QueryError);
        }
        var missing = Enumerable.Range(0, connection.Options.Shards).Where(s => answers[s] is null).Select(ClusterNames.Shard).ToList();
        var merged = ResultMerger.Merge(request, answered, Math.Round(stopwatch.Elapsed.TotalMilliseconds, 2));
        return new ShardedSearchResult(merged, missing.Count > 0, missing, answered.ToDictionary(a => ClusterNames.Shard(a.Shard), a => a.Generation));
    }

    // The first answer of up to two requests; null when neither came within the shard timeout.
    private async Task<ShardAnswer?> AskAsync(int shard, byte[] query, CancellationToken cancellation)
    {
        var options = connection.Options;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        timeout.CancelAfter(TimeSpan.FromSeconds(options.ShardTimeoutSeconds));
        var first = RequestAsync(shard, query, timeout.Token);
        var hedge = Task.Delay(TimeSpan.FromSeconds(options.HedgeAfterSeconds), timeout.Token);
        var winner = await Task.WhenAny(first, hedge);
        var pending = new List<Task<ShardAnswer?>> { first };
        if (winner == first && first.Result is { } answer)
        {
            return answer;
        }
        // Slow or failed (a replica that died mid-request, no responder for a moment): ask once more.
        pending.Add(RequestAsync(shard, query, timeout.Token));
        while (pending.Count > 0)
        {
            var done = await Task.WhenAny(pending);
            pending.Remove(done);
            if (done.Result is { } result)
            {
                await timeout.CancelAsync();
                return result;
            }
        }
        return null;
    }

    private async Task<ShardAnswer?> RequestAsync(int shard, byte[] query, CancellationToken cancellation)
    {
        try
        {
            var reply = await connection.Client.RequestAsync<byte[], byte[]>(ClusterNames.SearchSubject(shard), query, cancellationToken: cancellation);
            return reply.Data is { } data ? ShardProtocol.Decode<ShardAnswer>(data) : null;
        }
        catch (Exception e) when (e is NatsNoRespondersException or OperationCanceledException or NatsException or TimeoutException)
        {
            return null;
        }
    }
}
