using System.Globalization;
using Microsoft.Data.Sqlite;

namespace SearchService.Api.QueryAnalytics;

/// <summary>
/// The SQLite file of query counts: per UTC day and normalised query the first-page searches, zero-hit searches
/// and clicks (<c>query_day</c>), and per day the totals with the searches withheld for privacy (<c>day_total</c>).
/// Nothing else is stored: no address, no time of day, no user or session.
/// </summary>
public sealed class QueryAnalyticsStore
{
    private readonly string connectionString;

    /// <summary>Opens (or creates) the database at <paramref name="path"/>.</summary>
    public QueryAnalyticsStore(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        connectionString = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = true }.ToString();
        using var connection = Open();
        Execute(connection, null, """
            PRAGMA journal_mode = WAL;
            CREATE TABLE IF NOT EXISTS query_day (
              day TEXT NOT NULL, query TEXT NOT NULL,
              searches INTEGER NOT NULL DEFAULT 0, zero_hits INTEGER NOT NULL DEFAULT 0, clicks INTEGER NOT NULL DEFAULT 0,
              PRIMARY KEY (day, query)) WITHOUT ROWID;
            CREATE TABLE IF NOT EXISTS day_total (
              day TEXT NOT NULL PRIMARY KEY,
              searches INTEGER NOT NULL DEFAULT 0, zero_hits INTEGER NOT NULL DEFAULT 0, clicks INTEGER NOT NULL DEFAULT 0, withheld INTEGER NOT NULL DEFAULT 0)
              WITHOUT ROWID;
            """);
    }

    /// <summary>Counts of one day: per query, and the day's totals.</summary>
    public sealed record DayCounts(DateOnly Day, IReadOnlyDictionary<string, QueryCount> Queries, AnalyticsTotals Totals);

    /// <summary>Adds <paramref name="days"/> to the stored counts and deletes the days before <paramref name="keepFrom"/>, in one transaction.</summary>
    public void Add(IEnumerable<DayCounts> days, DateOnly keepFrom)
    {
        using var connection = Open();
        using var transaction = connection.BeginTransaction();
        foreach (var day in days)
        {
            var key = Day(day.Day);
            foreach (var (query, count) in day.Queries)
            {
                Execute(connection, transaction, """
                    INSERT INTO query_day (day, query, searches, zero_hits, clicks) VALUES ($day, $query, $searches, $zeroHits, $clicks)
                    ON CONFLICT (day, query) DO UPDATE SET searches = searches + excluded.searches,
                      zero_hits = zero_hits + excluded.zero_hits, clicks = clicks + excluded.clicks
                    """, ("$day", key), ("$query", query), ("$searches", count.Searches), ("$zeroHits", count.ZeroHits), ("$clicks", count.Clicks));
            }
            var t = day.Totals;
            Execute(connection, transaction, """
                INSERT INTO day_total (day, searches, zero_hits, clicks, withheld) VALUES ($day, $searches, $zeroHits, $clicks, $withheld)
                ON CONFLICT (day) DO UPDATE SET searches = searches + excluded.searches, zero_hits = zero_hits + excluded.zero_hits,
                  clicks = clicks + excluded.clicks, withheld = withheld + excluded.withheld
                """, ("$day", key), ("$searches", t.Searches), ("$zeroHits", t.ZeroHitSearches), ("$clicks", t.Clicks), ("$withheld", t.Withheld));
        }
        Execute(connection, transaction, "DELETE FROM query_day WHERE day < $keep; DELETE FROM day_total WHERE day < $keep", ("$keep", Day(keepFrom)));
        transaction.Commit();
    }

    /// <summary>The counts of the days <paramref name="from"/> to <paramref name="to"/>, each list at most <paramref name="limit"/> long.</summary>
    public AnalyticsReport Report(DateOnly from, DateOnly to, int limit)
    {
        using var connection = Open();
        var range = new[] { ("$from", (object)Day(from)), ("$to", Day(to)), ("$limit", limit) };
        using var totals = Command(connection, "SELECT TOTAL(searches), TOTAL(zero_hits), TOTAL(clicks), TOTAL(withheld) FROM day_total WHERE day BETWEEN $from AND $to", range);
        using var row = totals.ExecuteReader();
        row.Read();
        var sums = new AnalyticsTotals((long)row.GetDouble(0), (long)row.GetDouble(1), (long)row.GetDouble(2), (long)row.GetDouble(3));
        return new AnalyticsReport(from, to, sums,
            Queries(connection, range, "TRUE", "searches DESC"),
            Queries(connection, range, "zero_hits > 0", "zero_hits DESC"),
            Queries(connection, range, "clicks = 0 AND searches > zero_hits", "searches - zero_hits DESC"));
    }

    private static List<QueryCount> Queries(SqliteConnection connection, (string, object)[] range, string having, string order)
    {
        using var command = Command(connection, $"""
            SELECT query, SUM(searches) AS searches, SUM(zero_hits) AS zero_hits, SUM(clicks) AS clicks
            FROM query_day WHERE day BETWEEN $from AND $to GROUP BY query
            HAVING {having} ORDER BY {order}, query LIMIT $limit
            """, range);
        using var reader = command.ExecuteReader();
        var list = new List<QueryCount>();
        while (reader.Read())
        {
            list.Add(new QueryCount(reader.GetString(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3)));
        }
        return list;
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(connectionString);
        connection.Open();
        return connection;
    }

    private static void Execute(SqliteConnection connection, SqliteTransaction? transaction, string sql, params (string Name, object Value)[] parameters)
    {
        using var command = Command(connection, sql, parameters);
        command.Transaction = transaction;
        command.ExecuteNonQuery();
    }

    private static SqliteCommand Command(SqliteConnection connection, string sql, (string Name, object Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }
        return command;
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
