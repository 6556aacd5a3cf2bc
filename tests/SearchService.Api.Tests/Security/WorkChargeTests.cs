using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace SearchService.Api.Tests.Security;

// Issue 13, finding 1: a rate limit weighted by cost, so costly anonymous queries run out sooner.
public class WorkChargeTests(SearchApiFactory factory) : IClassFixture<SearchApiFactory>
{
    // One permit a second, bursts of twelve: within a test the bucket hardly refills.
    private readonly WebApplicationFactory<Program> limited = factory.WithWebHostBuilder(b => b
        .UseSetting("RateLimiting:PermitsPerSecond", "1")
        .UseSetting("RateLimiting:Burst", "12")
        .WithPeerAddressFromHeader());

    [Fact]
    public async Task A_client_sending_misspelt_words_is_limited_sooner_than_one_sending_common_words()
    {
        // Different pages, so the result cache answers none of them: each costs its lookups again.
        var cheap = await AllowedInARow(Client("192.0.2.60"), page => $"/api/search?q=tolk&page={page}");
        var costly = await AllowedInARow(Client("192.0.2.61"), page => $"/api/search?q=v%C3%A5rdplaster&page={page}");

        Assert.InRange(cheap, 12, 13);
        Assert.InRange(costly, 1, cheap / 2);
    }

    [Fact]
    public async Task The_charge_is_off_with_the_limit()
    {
        using var unlimited = limited.WithWebHostBuilder(b => b.UseSetting("RateLimiting:Enabled", "false"));
        var client = unlimited.CreateClient();
        client.DefaultRequestHeaders.Add(PipelineProbes.PeerHeader, "192.0.2.62");

        Assert.Equal(20, await AllowedInARow(client, page => $"/api/search?q=v%C3%A5rdplaster&page={page}", most: 20));
    }

    private HttpClient Client(string peer)
    {
        var client = limited.CreateClient();
        client.DefaultRequestHeaders.Add(PipelineProbes.PeerHeader, peer);
        return client;
    }

    private static async Task<int> AllowedInARow(HttpClient client, Func<int, string> path, int most = 30)
    {
        for (var page = 1; page <= most; page++)
        {
            var status = (await client.GetAsync(path(page))).StatusCode;
            if (status == HttpStatusCode.TooManyRequests)
            {
                return page - 1;
            }
            Assert.Equal(HttpStatusCode.OK, status);
        }
        return most;
    }
}
