using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SearchService.Core.Search;

namespace SearchService.Api.Tests.Health;

public class UnusableIndexTests
{
    [Fact]
    public async Task Health_is_503_unhealthy_and_search_503_once_the_index_cannot_be_read()
    {
        using var factory = new SearchApiFactory();
        var client = factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);

        factory.Services.GetRequiredService<ParagraphIndex>().Dispose();

        var health = await client.GetAsync("/health");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        using var json = JsonDocument.Parse(await health.Content.ReadAsStringAsync());
        Assert.Equal("unhealthy", json.RootElement.GetProperty("status").GetString());
        // Issue 13, finding 7: the raw exception message went to anyone asking; it belongs in the log.
        Assert.Equal(SearchService.Api.Health.HealthEndpoints.UnreadableIndex, json.RootElement.GetProperty("error").GetString());
        var search = await client.GetAsync("/api/search?q=tolk");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, search.StatusCode);
        Assert.Equal("application/problem+json", search.Content.Headers.ContentType?.MediaType);
    }
}
