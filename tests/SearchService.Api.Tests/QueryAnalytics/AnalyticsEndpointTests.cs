using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using SearchService.Api.QueryAnalytics;
using SearchService.Api.Tests.Security;
using SearchService.Tests;

namespace SearchService.Api.Tests.QueryAnalytics;

public sealed class AnalyticsEndpointTests(SearchApiFactory factory) : IClassFixture<SearchApiFactory>, IDisposable
{
    private const string ApiKey = "nyckel-för-statistik";
    private readonly TemporaryFolder folder = new();

    private string DatabasePath => Path.Combine(folder.Path, "analytics.db");

    [Fact]
    public async Task The_report_shows_top_zero_hit_and_unclicked_queries_and_nothing_personal()
    {
        using var host = Host();
        var client = Client(host, "192.0.2.77");
        foreach (var q in new[] { "Vårdplatser", "vårdplatser", "vårdplatser ", "VÅRDPLATSER", "tolk", "qxzvyk", "qxzvyk", "19900101-1234", "anna.svensson@example.se" })
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/search?q=" + Uri.EscapeDataString(q))).StatusCode);
        }
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/search?q=tolk&page=2")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await Beacon(client, """{"query":"vårdplatser","page":1}""")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await Beacon(client, """{"query":"tolk","page":2}""")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await Beacon(client, """{"query":"900101-1234"}""")).StatusCode);

        var report = await Report(client);

        // The withheld identity number and e-mail address found nothing either.

        Assert.Equal(new AnalyticsTotals(Searches: 9, ZeroHitSearches: 4, Clicks: 2, Withheld: 2), report.Totals);
        Assert.Equal(new QueryCount("vårdplatser", 4, 0, 1), report.TopQueries[0]);
        Assert.Equal(["vårdplatser", "qxzvyk", "tolk"], report.TopQueries.Select(q => q.Query));
        Assert.Equal([new QueryCount("qxzvyk", 2, 2, 0)], report.ZeroHitQueries);
        Assert.Equal([new QueryCount("tolk", 1, 0, 0)], report.NoClickQueries);

        var stored = StoredText();
        foreach (var personal in new[] { "1990", "1234", "@", "anna", "example", "192.0.2" })
        {
            Assert.DoesNotContain(personal, stored, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_database_holds_only_days_queries_and_counts()
    {
        using var host = Host();
        await Client(host, "192.0.2.78").GetAsync("/api/search?q=tolk");
        await Report(Client(host, "192.0.2.78"));
        using var connection = new SqliteConnection($"Data Source={DatabasePath};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT m.name || '.' || p.name FROM sqlite_master m JOIN pragma_table_info(m.name) p WHERE m.type = 'table' ORDER BY 1";
        using var reader = command.ExecuteReader();
        var columns = new List<string>();
        while (reader.Read())
        {
            columns.Add(reader.GetString(0));
        }
        Assert.Equal(
            ["day_total.clicks", "day_total.day", "day_total.searches", "day_total.withheld", "day_total.zero_hits",
             "query_day.clicks", "query_day.day", "query_day.query", "query_day.searches", "query_day.zero_hits"],
            columns);
    }

    [Fact]
    public async Task Days_older_than_the_retention_are_deleted()
    {
        var clock = new ManualClock(new DateTimeOffset(2026, 1, 1, 12, 0, 0, TimeSpan.Zero));
        using var host = Host(b => b.UseSetting("Analytics:RetentionDays", "90").ConfigureServices(s => s.AddSingleton<TimeProvider>(clock)));
        var client = Client(host, "192.0.2.79");
        await client.GetAsync("/api/search?q=tolk");
        clock.Now = clock.Now.AddDays(90);
        await client.GetAsync("/api/search?q=vårdplatser");
        var kept = await Report(client, "from=2025-12-01&to=2026-04-30");
        Assert.Equal(["tolk", "vårdplatser"], kept.TopQueries.Select(q => q.Query).Order());

        clock.Now = clock.Now.AddDays(1);
        var later = await Report(client, "from=2025-12-01&to=2026-04-30");
        Assert.Equal(["vårdplatser"], later.TopQueries.Select(q => q.Query));
        Assert.Equal(1, later.Totals.Searches);
    }

    [Fact]
    public async Task The_report_needs_the_API_key()
    {
        using var host = Host();
        var anonymous = host.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/admin/analytics")).StatusCode);
    }

    [Fact]
    public async Task Turned_off_nothing_is_stored_and_the_report_says_so()
    {
        using var host = Host(b => b.UseSetting("Analytics:Enabled", "false"));
        var client = Client(host, "192.0.2.80");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/search?q=tolk")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await Beacon(client, """{"query":"tolk"}""")).StatusCode);
        var response = await client.GetAsync("/api/admin/analytics");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.False(File.Exists(DatabasePath));
    }

    [Theory]
    [InlineData("")]
    [InlineData("not json")]
    [InlineData("""{"query":""}""")]
    [InlineData("""{"page":1}""")]
    public async Task A_beacon_without_a_query_is_a_400_problem(string body)
    {
        using var host = Host();
        var response = await Beacon(Client(host, "192.0.2.81"), body);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task An_oversized_beacon_is_refused()
    {
        using var host = Host();
        var response = await Beacon(Client(host, "192.0.2.82"), "{\"query\":\"" + new string('a', AnalyticsEndpoints.MaxBeaconBytes) + "\"}");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        folder.Dispose();
    }

    private WebApplicationFactory<Program> Host(Action<IWebHostBuilder>? configure = null) =>
        factory.WithWebHostBuilder(b =>
        {
            b.UseSetting("Analytics:DatabasePath", DatabasePath);
            b.UseSetting("Security:ApiKey", ApiKey);
            b.WithPeerAddressFromHeader();
            configure?.Invoke(b);
        });

    private static HttpClient Client(WebApplicationFactory<Program> host, string peer)
    {
        var client = host.CreateClient();
        client.DefaultRequestHeaders.Add(PipelineProbes.PeerHeader, peer);
        client.DefaultRequestHeaders.Add("X-Forwarded-For", "198.51.100.23");
        client.DefaultRequestHeaders.Add("X-Api-Key", ApiKey);
        return client;
    }

    // As the page sends it: text/plain, so a browser needs no preflight from another site.
    private static Task<HttpResponseMessage> Beacon(HttpClient client, string body) =>
        client.PostAsync("/api/analytics/click", new StringContent(body, Encoding.UTF8, "text/plain"));

    private static async Task<AnalyticsReport> Report(HttpClient client, string query = "")
    {
        var response = await client.GetAsync("/api/admin/analytics?" + query);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<AnalyticsReport>(JsonSerializerOptions.Web))!;
    }

    private string StoredText()
    {
        using var connection = new SqliteConnection($"Data Source={DatabasePath};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT day || ' ' || query || ' ' || searches || ' ' || zero_hits || ' ' || clicks FROM query_day";
        using var reader = command.ExecuteReader();
        var text = new StringBuilder();
        while (reader.Read())
        {
            text.AppendLine(reader.GetString(0));
        }
        return text.ToString();
    }
}
