using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace SearchService.Api.Tests.Metrics;

[Collection(MetricsCollection.Name)]
public class PrometheusScrapeTests
{
    // Prometheus scrapes every second; on a busy shared machine its start and first scrapes may still take a while.
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(90);

    [PrometheusFact]
    public async Task A_real_Prometheus_scrapes_the_service_and_sees_the_search_counter_move()
    {
        Assert.True(PrometheusServer.IsInstalled, $"{PrometheusServer.BinaryPath} is required (CI=true); .ci/run installs it with apt-get install prometheus.");
        using var service = new SearchApiFactory();
        service.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        service.StartServer();
        var address = new Uri(service.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        using var client = new HttpClient { BaseAddress = address };
        using var prometheus = PrometheusServer.Scraping(new Uri(address, "/metrics"));

        Assert.True(await prometheus.WaitForValue("up{job=\"searchservice\"}", up => up == 1, Limit) == 1, "Prometheus never scraped the service:\n" + prometheus.Output);
        // The counter has no series before the first search.
        var first = await prometheus.Query("sum(searchservice_searches_total) or vector(0)") ?? 0;

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/search?q=vårdplatser")).StatusCode);
        }
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/search?q=qxzvyk")).StatusCode);

        var searches = await prometheus.WaitForValue("sum(searchservice_searches_total)", v => v >= first + 4, Limit);
        Assert.True(searches >= first + 4, $"searchservice_searches_total read through Prometheus was {searches}, expected at least {first + 4}:\n{prometheus.Output}");
        var zeroHits = await prometheus.WaitForValue("sum(searchservice_searches_zero_hits_total)", v => v >= 1, Limit);
        Assert.True(zeroHits >= 1, $"searchservice_searches_zero_hits_total was {zeroHits}");
        var requests = await prometheus.WaitForValue("sum(http_server_request_duration_seconds_count{http_route=\"/api/search/\",http_response_status_code=\"200\"})", v => v >= 4, Limit);
        Assert.True(requests >= 4, $"the request histogram counted {requests} searches");
    }
}
