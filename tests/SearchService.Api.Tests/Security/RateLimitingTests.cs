using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace SearchService.Api.Tests.Security;

public class RateLimitingTests(SearchApiFactory factory) : IClassFixture<SearchApiFactory>
{
    // One request per second with bursts of three: the fourth quick request is over the limit.
    private readonly WebApplicationFactory<Program> limited = factory.WithWebHostBuilder(b => b
        .UseSetting("RateLimiting:PermitsPerSecond", "1")
        .UseSetting("RateLimiting:Burst", "3")
        .UseSetting("ForwardedHeaders:KnownProxies:0", "10.0.0.1")
        .WithPeerAddressFromHeader());

    [Fact]
    public async Task A_client_over_its_burst_gets_a_429_problem_with_Retry_After()
    {
        var client = Client("192.0.2.10");
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/search?q=tolk")).StatusCode);
        }
        var response = await client.GetAsync("/api/search?q=tolk");
        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.InRange(response.Headers.RetryAfter?.Delta?.TotalSeconds ?? 0, 1, 2);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(429, json.RootElement.GetProperty("status").GetInt32());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task Each_client_address_has_its_own_allowance()
    {
        await Exhaust(Client("192.0.2.20"));
        Assert.Equal(HttpStatusCode.OK, (await Client("192.0.2.21").GetAsync("/api/search?q=tolk")).StatusCode);
    }

    [Fact]
    public async Task An_IPv6_client_is_one_client_across_its_64_block()
    {
        await Exhaust(Client("2001:db8:1:2::10"));
        Assert.Equal(HttpStatusCode.TooManyRequests, (await Client("2001:db8:1:2::99").GetAsync("/api/search?q=tolk")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Client("2001:db8:1:3::10").GetAsync("/api/search?q=tolk")).StatusCode);
    }

    // Issue 13, finding 4: the document page reads the index to choose 200 or 404 and was not limited.
    [Fact]
    public async Task The_document_page_is_limited_like_the_api()
    {
        var client = Client("192.0.2.41");
        await Exhaust(client);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await client.GetAsync("/documents/003_f483bdd49a294f52")).StatusCode);
    }

    [Fact]
    public async Task Health_is_not_limited()
    {
        var client = Client("192.0.2.30");
        await Exhaust(client);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);
    }

    [Fact]
    public async Task Behind_a_known_proxy_each_forwarded_client_is_limited_on_its_own()
    {
        var first = Client("10.0.0.1", forwardedFor: "203.0.113.1");
        await Exhaust(first);
        Assert.Equal(HttpStatusCode.OK, (await Client("10.0.0.1", forwardedFor: "203.0.113.2").GetAsync("/api/search?q=tolk")).StatusCode);
    }

    [Fact]
    public async Task A_proxy_on_the_same_machine_is_trusted_by_default()
    {
        await Exhaust(Client("::1", forwardedFor: "203.0.113.7"));
        Assert.Equal(HttpStatusCode.OK, (await Client("::1", forwardedFor: "203.0.113.8").GetAsync("/api/search?q=tolk")).StatusCode);
    }

    [Fact]
    public async Task A_client_cannot_pick_its_address_by_sending_X_Forwarded_For_itself()
    {
        await Exhaust(Client("192.0.2.40", forwardedFor: "203.0.113.3"));
        Assert.Equal(HttpStatusCode.TooManyRequests, (await Client("192.0.2.40", forwardedFor: "203.0.113.4").GetAsync("/api/search?q=tolk")).StatusCode);
    }

    // Issue 13, finding 7: requests with no peer address were never limited.
    [Fact]
    public async Task Requests_without_a_peer_address_share_one_allowance()
    {
        using var noPeer = factory.WithWebHostBuilder(b => b.UseSetting("RateLimiting:PermitsPerSecond", "1").UseSetting("RateLimiting:Burst", "3"));
        await Exhaust(noPeer.CreateClient());
        Assert.Equal(HttpStatusCode.TooManyRequests, (await noPeer.CreateClient().GetAsync("/api/search?q=tolk")).StatusCode);
    }

    [Fact]
    public async Task Limits_can_be_switched_off_in_configuration()
    {
        using var unlimited = limited.WithWebHostBuilder(b => b.UseSetting("RateLimiting:Enabled", "false"));
        var client = unlimited.CreateClient();
        client.DefaultRequestHeaders.Add(PipelineProbes.PeerHeader, "192.0.2.50");
        for (var i = 0; i < 10; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/search?q=tolk")).StatusCode);
        }
    }

    private HttpClient Client(string peer, string? forwardedFor = null)
    {
        var client = limited.CreateClient();
        client.DefaultRequestHeaders.Add(PipelineProbes.PeerHeader, peer);
        if (forwardedFor is not null)
        {
            client.DefaultRequestHeaders.Add("X-Forwarded-For", forwardedFor);
        }
        return client;
    }

    private static async Task Exhaust(HttpClient client)
    {
        for (var i = 0; i < 10; i++)
        {
            if ((await client.GetAsync("/api/search?q=tolk")).StatusCode == HttpStatusCode.TooManyRequests)
            {
                return;
            }
        }
        Assert.Fail("ten quick requests were all allowed");
    }
}
