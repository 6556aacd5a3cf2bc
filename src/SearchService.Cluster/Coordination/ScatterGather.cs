using System.Diagnostics;
using NATS.Client.Core;
using SearchService.Cluster.Serving;
using SearchService.Core.Search;
using SearchService.Core.Search.Facets;
using SearchService.Core.Search.Queries;

namespace SearchService.Cluster.Coordination;

/// <summary>
/// The coordinator's read path: asks every shard at once, each at its least busy replica
/// (<see cref="ReplicaDirectory"/>), asks another replica of a shard that has not answered within the hedge
/// delay, waits at most the shard timeout, and merges what came back. A shard without an answer makes the result
/// partial and is named, never silently left out.
/// </summary>
public sealed class ScatterGather(ClusterConnection connection, ReplicaDirectory directory)
{
    /// <summary>Searches every shard.</summary>
    public Task<ShardedResult<SearchResult>> SearchAsync(SearchRequest request, CancellationToken cancellation)
    {
        var stopwatch = Stopwatch.StartNew();
        var widened = request with { Page = 1, PageSize = request.Page * request.PageSize };
        return GatherAsync(new ShardQuery(widened), a => a.Result, r => r.Total,
            (_, answered) => ResultMerger.Merge(request, [.. answered.Select(a => a.Answer)], Math.Round(stopwatch.Elapsed.TotalMilliseconds, 2)), cancellation);
    }

    /// <summary>Compares the regions on every shard.</summary>
    public Task<ShardedResult<RegionComparisonResult>> CompareRegionsAsync(SearchRequest request, CancellationToken cancellation)
    {
        var stopwatch = Stopwatch.StartNew();
        return GatherAsync(new ShardQuery(request, CompareRegions: true), a => a.Regions, r => r.Total,
            (_, answered) => RegionMerger.Merge(answered, Math.Round(stopwatch.Elapsed.TotalMilliseconds, 2)), cancellation);
    }

    /// <summary>The <paramref name="count"/> newest matches over every shard (<see cref="FeedMerger"/>).</summary>
    public Task<ShardedResult<ShardFeed>> NewestAsync(SearchRequest request, int count, CancellationToken cancellation) =>
        GatherAsync(new ShardQuery(request, Feed: new FeedQuery(count)), a => a.Feed, f => f.Total,
            (_, answered) => FeedMerger.Merge(answered, count), cancellation);

    /// <summary>Every match over every shard in document order, its first page asked of each shard now and the rest
    /// as the rows are read (<see cref="MergedExport"/>), <paramref name="pageRows"/> at a time.</summary>
    public Task<ShardedResult<MergedExport>> ExportAsync(SearchRequest request, CancellationToken cancellation, int pageRows = MergedExport.PageRows) =>
        GatherAsync(new ShardQuery(request, Export: new ExportQuery(null, pageRows)), a => a.Export, p => p.Total,
            (query, answered) => new MergedExport(this, query, answered), cancellation);

    // The query planned (QueryPlan), asked of every shard, asked again relaxed when the corpus's strict total is
    // below the threshold, as one index decides it, and the answers merged (told the query they answered).
    private async Task<ShardedResult<TResult>> GatherAsync<TPart, TResult>(ShardQuery asked, Func<ShardAnswer, TPart?> part, Func<TPart, int> total,
        Func<ShardQuery, IReadOnlyList<(ShardAnswer Answer, TPart Part)>, TResult> merge, CancellationToken cancellation) where TPart : class where TResult : class
    {
        QueryPlan? plan = null;
        ShardQuery query = asked;
        ShardAnswer?[] answers = [];
        // A shard that answers the search but gave no figures to the plan (it joined, or its replica was slow,
        // meanwhile) answered a query planned without it: planned again once, then left out as missing.
        for (var attempt = 1; attempt <= 2; attempt++)
        {
            plan = connection.Options.CorpusStatistics ? await QueryPlan.MakeAsync(asked.Request!, q => AskAllAsync(q, cancellation)) : null;
            query = asked with { Statistics = plan?.Statistics, Vocabulary = plan?.Vocabulary };
            answers = await AskAllAsync(query, cancellation);
            if (plan is null || answers.All(a => a is null || plan.Shards.Contains(a.Shard)))
            {
                break;
            }
        }
        ShardAnswer?[] Planned(ShardAnswer?[] all) => [.. all.Select(a => a is null || plan is null || plan.Shards.Contains(a.Shard) ? a : null)];
        answers = Planned(answers);
        if (plan is { Relaxable: true } && answers.All(a => a?.QueryError is null)
            && RelaxedQuery.Below(answers.OfType<ShardAnswer>().Sum(a => total(part(a)!))))
        {
            query = query with { Relax = true };
            answers = Planned(await AskAllAsync(query, cancellation));
        }
        var answered = answers.OfType<ShardAnswer>().ToList();
        if (answered.FirstOrDefault(a => a.QueryError is not null) is { } error)
        {
            return new ShardedResult<TResult>(null, false, [], new Dictionary<string, long>(), error.QueryError);
        }
        var missing = Enumerable.Range(0, connection.Options.Shards).Where(s => answers[s] is null).Select(ClusterNames.Shard).ToList();
        var merged = merge(query, [.. answered.Select(a => (a, part(a)!))]);
        return new ShardedResult<TResult>(merged, missing.Count > 0, missing, answered.ToDictionary(a => ClusterNames.Shard(a.Shard), a => a.Generation));
    }

    /// <summary>Every shard's answer to <paramref name="query"/>, in shard order; null for a shard that gave none in time.</summary>
    internal async Task<ShardAnswer?[]> AskAllAsync(ShardQuery query, CancellationToken cancellation)
    {
        var bytes = ShardProtocol.Encode(query);
        var answers = await Task.WhenAll(Enumerable.Range(0, connection.Options.Shards).Select(shard => AskAsync(shard, bytes, cancellation)));
        // Every shard looks up the same words, each in its part of the vocabulary, at the same time: the round
        // costs what the busiest shard spent, about what the single node spends on them. A plan's rounds are
        // charged as the plan (QueryPlan.WorkUnits): a shard's first guesses look up words rare only on it.
        if (!query.PlanOnly)
        {
            WorkMeter.Current?.Add(answers.Max(a => a?.WorkUnits ?? 0));
        }
        return answers;
    }

    /// <summary>One shard's answer to <paramref name="query"/>; null when it gave none in time.</summary>
    internal async Task<ShardAnswer?> AskOneAsync(int shard, ShardQuery query, CancellationToken cancellation)
    {
        var answer = await AskAsync(shard, ShardProtocol.Encode(query), cancellation);
        WorkMeter.Current?.Add(answer?.WorkUnits ?? 0);
        return answer;
    }

    // The first answer of a request to the least busy replica and, when it is slow or fails, one hedged
    // request to the next; when both fail fast (replicas gone since the last view), the shard's queue group.
    private async Task<ShardAnswer?> AskAsync(int shard, byte[] query, CancellationToken cancellation)
    {
        var options = connection.Options;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        timeout.CancelAfter(TimeSpan.FromSeconds(options.ShardTimeoutSeconds));
        var candidates = directory.Candidates(shard);
        var first = RequestAsync(shard, candidates.ElementAtOrDefault(0), query, timeout.Token);
        var hedge = Task.Delay(TimeSpan.FromSeconds(options.HedgeAfterSeconds), timeout.Token);
        if (await Task.WhenAny(first, hedge) == first && first.Result is { } answer)
        {
            return answer;
        }
        var pending = new List<Task<ShardAnswer?>> { first, RequestAsync(shard, candidates.ElementAtOrDefault(1), query, timeout.Token) };
        var groupAsked = candidates.Count < 2;
        while (pending.Count > 0)
        {
            var done = await Task.WhenAny(pending);
            pending.Remove(done);
            if (done.Result is { } result)
            {
                await timeout.CancelAsync();
                return result;
            }
            if (pending.Count == 0 && !groupAsked && !timeout.IsCancellationRequested)
            {
                groupAsked = true;
                pending.Add(RequestAsync(shard, null, query, timeout.Token));
            }
        }
        return null;
    }

    // To one replica when named, else to any of the shard's queue group.
    private async Task<ShardAnswer?> RequestAsync(int shard, string? replica, byte[] query, CancellationToken cancellation)
    {
        using var tracked = replica is null ? null : directory.Track(replica);
        var subject = replica is null ? ClusterNames.SearchSubject(shard) : ClusterNames.ReplicaSearchSubject(shard, replica);
        try
        {
            var reply = await connection.Client.RequestAsync<byte[], byte[]>(subject, query, cancellationToken: cancellation);
            return reply.Data is { } data ? ShardProtocol.Decode<ShardAnswer>(data) : null;
        }
        catch (Exception e) when (e is NatsNoRespondersException or OperationCanceledException or NatsException or TimeoutException)
        {
            return null;
        }
    }
}
