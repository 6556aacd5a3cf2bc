using Microsoft.Extensions.Options;

namespace SearchService.Api.QueryAnalytics;

/// <summary>
/// Counts first-page searches, zero-hit searches and clicks per UTC day and normalised query in memory, and
/// writes them to the <see cref="QueryAnalyticsStore"/> in one transaction per flush (every
/// <see cref="AnalyticsOptions.FlushIntervalSeconds"/>, before a report, and at shutdown), so a search costs a
/// dictionary update rather than a database write. A query <see cref="QueryPrivacy"/> refuses is counted only as
/// withheld. With analytics off (no store) every call does nothing.
/// </summary>
public sealed class QueryCounter(QueryAnalyticsStore? store, IOptions<AnalyticsOptions> options, TimeProvider time)
{
    private readonly Lock gate = new();
    private readonly int maxPending = options.Value.MaxPendingQueries;
    private Dictionary<DateOnly, Day> pending = [];
    private int pendingQueries;

    /// <summary>Whether counts are kept at all.</summary>
    public bool Enabled => store is not null;

    /// <summary>A search for <paramref name="query"/> answered page <paramref name="page"/> with <paramref name="total"/> hits
    /// (only first pages count: paging through one search is not another search).</summary>
    public void Searched(string query, int page, int total)
    {
        if (page == 1)
        {
            Count(query, searches: 1, zeroHits: total == 0 ? 1 : 0, clicks: 0);
        }
    }

    /// <summary>Someone opened a hit from the first page of <paramref name="query"/>.</summary>
    public void Clicked(string query) => Count(query, searches: 0, zeroHits: 0, clicks: 1);

    /// <summary>Writes what is held to the store and deletes days past the retention.</summary>
    public void Flush()
    {
        if (store is null)
        {
            return;
        }
        Dictionary<DateOnly, Day> taken;
        lock (gate)
        {
            taken = pending;
            pending = [];
            pendingQueries = 0;
        }
        var today = Today();
        store.Add(
            taken.Select(d => new QueryAnalyticsStore.DayCounts(d.Key, d.Value.Queries.ToDictionary(q => q.Key, q => q.Value.ToCount(q.Key)), d.Value.Totals.ToTotals())),
            today.AddDays(-options.Value.RetentionDays));
    }

    /// <summary>The stored counts (after a flush) of <paramref name="from"/> to <paramref name="to"/>.</summary>
    public AnalyticsReport? Report(DateOnly from, DateOnly to, int limit)
    {
        Flush();
        return store?.Report(from, to, limit);
    }

    /// <summary>Today in UTC, the day counts are filed under.</summary>
    public DateOnly Today() => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);

    private void Count(string query, int searches, int zeroHits, int clicks)
    {
        if (store is null)
        {
            return;
        }
        var kept = QueryPrivacy.Keepable(query);
        var today = Today();
        lock (gate)
        {
            if (!pending.TryGetValue(today, out var day))
            {
                pending[today] = day = new Day();
            }
            day.Totals.Add(searches, zeroHits, clicks, withheld: kept is null ? searches : 0);
            if (kept is null)
            {
                return;
            }
            if (!day.Queries.TryGetValue(kept, out var counts))
            {
                if (pendingQueries >= maxPending)
                {
                    return;
                }
                day.Queries[kept] = counts = new Counts();
                pendingQueries++;
            }
            counts.Add(searches, zeroHits, clicks, withheld: 0);
        }
    }

    private sealed class Day
    {
        public Dictionary<string, Counts> Queries { get; } = new(StringComparer.Ordinal);

        public Counts Totals { get; } = new();
    }

    private sealed class Counts
    {
        private long searches, zeroHits, clicks, withheld;

        public void Add(int s, int z, int c, int withheld)
        {
            searches += s;
            zeroHits += z;
            clicks += c;
            this.withheld += withheld;
        }

        public QueryCount ToCount(string query) => new(query, searches, zeroHits, clicks);

        public AnalyticsTotals ToTotals() => new(searches, zeroHits, clicks, withheld);
    }
}
