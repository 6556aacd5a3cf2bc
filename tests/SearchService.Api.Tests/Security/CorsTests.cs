using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace SearchService.Api.Tests.Security;

public class CorsTests(SearchApiFactory factory) : IClassFixture<SearchApiFactory>
{
    private readonly WebApplicationFactory<Program> restricted = factory.WithWebHostBuilder(b => b
        .UseSetting("Cors:AllowedOrigins:0", "https://region.example")
        .UseSetting("Cors:AllowedOrigins:1", "https://news.example"));

    [Theory]
    [InlineData("https://region.example")]
    [InlineData("https://news.example")]
    public async Task A_listed_origin_may_read_search_results(string origin)
    {
        var response = await Send(HttpMethod.Get, origin);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(origin, response.Headers.GetValues("Access-Control-Allow-Origin").Single());
    }

    [Fact]
    public async Task An_unlisted_origin_gets_no_CORS_grant()
    {
        var response = await Send(HttpMethod.Get, "https://evil.example");
        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task A_preflight_allows_GET_only()
    {
        var get = await Send(HttpMethod.Options, "https://region.example", requestMethod: "GET");
        Assert.Equal("https://region.example", get.Headers.GetValues("Access-Control-Allow-Origin").Single());
        var delete = await Send(HttpMethod.Options, "https://region.example", requestMethod: "DELETE");
        Assert.False(delete.Headers.TryGetValues("Access-Control-Allow-Methods", out var methods) && methods.Any(m => m.Contains("DELETE", StringComparison.Ordinal)));
    }

    private async Task<HttpResponseMessage> Send(HttpMethod method, string origin, string? requestMethod = null)
    {
        using var request = new HttpRequestMessage(method, "/api/search?q=tolk");
        request.Headers.Add("Origin", origin);
        if (requestMethod is not null)
        {
            request.Headers.Add("Access-Control-Request-Method", requestMethod);
        }
        return await restricted.CreateClient().SendAsync(request);
    }
}
