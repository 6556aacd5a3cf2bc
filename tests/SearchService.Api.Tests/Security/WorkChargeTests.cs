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
        // A text written differently each time (its letters' case), so neither the result cache nor the query plans
        // answer any of them: each costs its lookups again, as words made up anew would.
        var cheap = await AllowedInARow(Client("192.0.2.60"), page => $"/api/search?q={Written("tolk", page)}");
        var costly = await AllowedInARow(Client("192.0.2.61"), page => $"/api/search?q={Uri.EscapeDataString(Written("vårdplaster", page))}");

        Assert.InRange(cheap, 12, 13);
        Assert.InRange(costly, 1, cheap / 2);
    }

    [Fact]
    public async Task A_misspelt_query_asked_again_is_charged_once()
    {
        // Other pages of one text: its plan (its lookups) is built once and reused, so only the first request pays.
        var once = await AllowedInARow(Client("192.0.2.63"), page => $"/api/search?q={Uri.EscapeDataString(Written("vårdplaster", 0))}&page={page}");
        var anew = await AllowedInARow(Client("192.0.2.64"), page => $"/api/search?q={Uri.EscapeDataString(Written("vårdplaster", page))}&page={page}");

        Assert.True(once > anew, $"{once} requests of one misspelt text against {anew} of texts written anew");
    }

    // The word with the letters whose bit is set in n upper-cased: a text of its own for each n below 2^length.
    private static string Written(string word, int n) =>
        string.Concat(word.Select((c, i) => (n >> i & 1) == 1 ? char.ToUpperInvariant(c) : c));

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
