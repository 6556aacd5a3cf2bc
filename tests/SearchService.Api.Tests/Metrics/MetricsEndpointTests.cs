using System.Diagnostics.Metrics;
using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using SearchService.Api.Tests.Security;

namespace SearchService.Api.Tests.Metrics;

[Collection(MetricsCollection.Name)]
public class MetricsEndpointTests(SearchApiFactory factory) : IClassFixture<SearchApiFactory>
{
    // Counters are per process and other tests search at the same time: assert how far a counter moved, at least.
    [Fact]
    public async Task Searches_and_zero_hit_searches_move_their_counters()
    {
        var client = factory.CreateClient();
        var before = await Scrape(client);
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/search?q=vårdplatser")).StatusCode);
        }
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/search?q=qxzvyk")).StatusCode);
        var after = await Scrape(client);

        Assert.True(Moved(before, after, "searchservice_searches_total") >= 4);
        Assert.True(Moved(before, after, "searchservice_searches_zero_hits_total") >= 1);
        Assert.True(Moved(before, after, "searchservice_result_cache_hits_total") >= 2, "the repeated search is answered from the cache");
        Assert.True(Moved(before, after, "http_server_request_duration_seconds_count", "http_route=\"/api/search/\"", "http_response_status_code=\"200\"") >= 4);
    }

    [Fact]
    public async Task A_search_that_uses_up_its_work_budget_says_so_and_is_counted()
    {
        // Listened to in-process: several test hosts register instruments of the same name, and the
        // Prometheus endpoint of one shows only the first registered.
        long counted = 0;
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Name == "searchservice.requests.work_budget_exhausted")
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<long>((_, value, _, _) => Interlocked.Add(ref counted, value));
        listener.Start();
        var client = factory.CreateClient();
        // Eight rare made-up words ask for more near-spelling lookups than a request may make.
        var query = string.Join(' ', Enumerable.Range(0, 8).Select(i => $"qzxv{(char)('b' + i)}krpt"));

        var answer = await client.GetAsync("/api/search?q=" + Uri.EscapeDataString(query));

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Contains("\"expansionsLimited\":true", await answer.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(Interlocked.Read(ref counted) >= 1);
    }

    [Fact]
    public async Task The_served_index_is_described_by_gauges()
    {
        var exposition = await Scrape(factory.CreateClient());
        Assert.Equal(5, PrometheusText.Sum(exposition, "searchservice_index_documents"));
        Assert.Equal(432, PrometheusText.Sum(exposition, "searchservice_index_paragraphs"));
        Assert.InRange(PrometheusText.Sum(exposition, "searchservice_index_last_commit_age_seconds") ?? -1, 0, 3600);
    }

    [Fact]
    public async Task Metrics_are_refused_to_other_machines_by_default_and_not_rate_limited()
    {
        using var limited = factory.WithWebHostBuilder(b => b
            .UseSetting("RateLimiting:PermitsPerSecond", "1")
            .UseSetting("RateLimiting:Burst", "1")
            .WithPeerAddressFromHeader());
        var remote = Client(limited, "192.0.2.60");
        Assert.Equal(HttpStatusCode.NotFound, (await remote.GetAsync("/metrics")).StatusCode);

        var local = Client(limited, "127.0.0.1");
        var before = await Scrape(local);
        await remote.GetAsync("/api/search?q=tolk");
        Assert.Equal(HttpStatusCode.TooManyRequests, (await remote.GetAsync("/api/search?q=tolk")).StatusCode);
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await local.GetAsync("/metrics")).StatusCode);
        }
        Assert.True(Moved(before, await Scrape(local), "searchservice_requests_rate_limited_total") >= 1);
    }

    [Fact]
    public async Task Metrics_can_be_opened_to_other_machines()
    {
        using var open = factory.WithWebHostBuilder(b => b.UseSetting("Metrics:LoopbackOnly", "false").WithPeerAddressFromHeader());
        var response = await Client(open, "192.0.2.61").GetAsync("/metrics");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("searchservice_index_paragraphs", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static HttpClient Client(WebApplicationFactory<Program> host, string peer)
    {
        var client = host.CreateClient();
        client.DefaultRequestHeaders.Add(PipelineProbes.PeerHeader, peer);
        return client;
    }

    private static async Task<string> Scrape(HttpClient client)
    {
        var response = await client.GetAsync("/metrics");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadAsStringAsync();
    }

    private static double Moved(string before, string after, string name, params string[] labels) =>
        (PrometheusText.Sum(after, name, labels) ?? 0) - (PrometheusText.Sum(before, name, labels) ?? 0);
}
