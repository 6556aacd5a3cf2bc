using System.Diagnostics.Metrics;
using SearchService.Core.Documents;
using SearchService.Core.Search;

namespace SearchService.Api.Metrics;

/// <summary>
/// Every meter of the service, in one place: what is counted, under which name and unit, and the methods the
/// code calls where the event happens. Exported at <c>/metrics</c> (see <see cref="MetricsRegistration"/>), where
/// Prometheus names get underscores and a <c>_total</c> (counters) or unit suffix, e.g.
/// <c>searchservice_searches_total</c>, <c>searchservice_index_last_commit_age_seconds</c>.
/// </summary>
public sealed class ServiceMetrics
{
    /// <summary>Name of the service's meter.</summary>
    public const string MeterName = "SearchService";

    private static readonly TimeSpan StatisticsReuse = TimeSpan.FromSeconds(1);

    private readonly Meter meter;
    private readonly Counter<long> searches;
    private readonly Counter<long> zeroHitSearches;
    private readonly Counter<long> rateLimited;
    private readonly Counter<long> workBudgetExhausted;
    private readonly Counter<long> indexingRuns;
    private readonly Counter<long> filesSkipped;
    private readonly Lock statisticsGate = new();
    private (IndexStatistics? Value, DateTimeOffset At) statistics;

    /// <summary>Creates the instruments on a meter from <paramref name="meterFactory"/>.</summary>
    public ServiceMetrics(IMeterFactory meterFactory)
    {
        meter = meterFactory.Create(MeterName);
        searches = meter.CreateCounter<long>("searchservice.searches", "{search}", "Searches answered, by the engine or from the result cache.");
        zeroHitSearches = meter.CreateCounter<long>("searchservice.searches.zero_hits", "{search}", "Searches answered with no hit.");
        rateLimited = meter.CreateCounter<long>("searchservice.requests.rate_limited", "{request}", "Requests refused with 429 by the per-client rate limit.");
        workBudgetExhausted = meter.CreateCounter<long>("searchservice.requests.work_budget_exhausted", "{request}", "Searches that used up their work budget and so got fewer spelling expansions.");
        indexingRuns = meter.CreateCounter<long>("searchservice.indexing.runs", "{run}", "Index updates run by the service, by trigger (startup, put, delete, reindex) and outcome.");
        filesSkipped = meter.CreateCounter<long>("searchservice.indexing.files_skipped", "{file}", "Source files not indexed, by reason.");
    }

    /// <summary>Observes the served index (documents, paragraphs, age of the last commit) and the result cache. The
    /// index is asked for at each scrape (<paramref name="index"/>): it opens while the endpoints are mapped.</summary>
    public void Observe(Func<ParagraphIndex> index, SearchResultCache cache)
    {
        meter.CreateObservableCounter("searchservice.result_cache.hits", () => cache.Hits, "{search}", "Searches answered from the result cache.");
        meter.CreateObservableCounter("searchservice.result_cache.misses", () => cache.Misses, "{search}", "Searches the result cache could not answer.");
        meter.CreateObservableGauge("searchservice.index.documents", () => Measure(index, s => s.Documents), "{document}", "Documents in the served index.");
        meter.CreateObservableGauge("searchservice.index.paragraphs", () => Measure(index, s => s.Paragraphs), "{paragraph}", "Paragraphs in the served index.");
        meter.CreateObservableGauge("searchservice.index.last_commit_age", () => Measure(index, s => s.LastCommit is { } at ? (DateTimeOffset.UtcNow - at).TotalSeconds : double.NaN), "s", "Seconds since the served index was committed.");
    }

    /// <summary>A search was answered with <paramref name="total"/> hits.</summary>
    public void Searched(int total)
    {
        searches.Add(1);
        if (total == 0)
        {
            zeroHitSearches.Add(1);
        }
    }

    /// <summary>The rate limit refused a request.</summary>
    public void RateLimited() => rateLimited.Add(1);

    /// <summary>A search used up its work budget and got fewer spelling expansions (<c>expansionsLimited</c>).</summary>
    public void WorkBudgetExhausted() => workBudgetExhausted.Add(1);

    /// <summary>The service ran an index update (<paramref name="trigger"/>: startup, put, delete, reindex) that ended
    /// with <paramref name="outcome"/> (succeeded, busy, failed), skipping <paramref name="skipped"/>.</summary>
    public void IndexingRun(string trigger, string outcome, IEnumerable<SourceFolder.SkippedFile> skipped)
    {
        indexingRuns.Add(1, new("trigger", trigger), new("outcome", outcome));
        foreach (var kind in skipped.GroupBy(s => s.Kind))
        {
            filesSkipped.Add(kind.Count(), new KeyValuePair<string, object?>("reason", ReasonLabel(kind.Key)));
        }
    }

    /// <summary>The label value of a skip reason: <c>unsupported_format</c> for <see cref="SkipKind.UnsupportedFormat"/>.</summary>
    public static string ReasonLabel(SkipKind kind) =>
        string.Concat(kind.ToString().Select((c, i) => char.IsUpper(c) && i > 0 ? "_" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    // Three gauges read one scrape's statistics; counting documents walks the id terms, so one reading serves them all.
    private IEnumerable<Measurement<T>> Measure<T>(Func<ParagraphIndex> index, Func<IndexStatistics, T> select) where T : struct
    {
        IndexStatistics? current;
        lock (statisticsGate)
        {
            if (statistics.Value is null || DateTimeOffset.UtcNow - statistics.At > StatisticsReuse)
            {
                try
                {
                    statistics = (index().Statistics(), DateTimeOffset.UtcNow);
                }
                catch (Exception e) when (e is IOException or ObjectDisposedException)
                {
                    statistics = (null, DateTimeOffset.UtcNow);
                }
            }
            current = statistics.Value;
        }
        return current is null ? [] : [new Measurement<T>(select(current))];
    }
}
