using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;

namespace SearchService.Api.Tests.Security;

public class SecurityHeadersTests(SearchApiFactory factory) : IClassFixture<SearchApiFactory>
{
    private readonly WebApplicationFactory<Program> pages = factory.WithWebHostBuilder(b => b.WithHtmlPageAt("/probe", "/docs/index.html"));

    [Theory]
    [InlineData("/api/search?q=vårdplatser", HttpStatusCode.OK)]
    [InlineData("/api/search?q=", HttpStatusCode.BadRequest)]
    [InlineData("/api/documents/nope", HttpStatusCode.NotFound)]
    [InlineData("/health", HttpStatusCode.OK)]
    [InlineData("/no/such/path", HttpStatusCode.NotFound)]
    public async Task Every_answer_forbids_sniffing_and_framing_and_keeps_the_query_from_other_sites(string url, HttpStatusCode status)
    {
        var response = await factory.CreateClient().GetAsync(url);
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("nosniff", Single(response, "X-Content-Type-Options"));
        Assert.Equal("strict-origin-when-cross-origin", Single(response, "Referrer-Policy"));
        Assert.Equal("default-src 'none'; frame-ancestors 'none'", Single(response, "Content-Security-Policy"));
    }

    [Theory]
    [InlineData("/api/search?q=vårdplatser")]
    [InlineData("/api/search?q=")]
    [InlineData("/api/documents/nope")]
    [InlineData("/health")]
    public async Task Api_answers_are_not_stored_by_caches(string url)
    {
        var response = await factory.CreateClient().GetAsync(url);
        Assert.True(response.Headers.CacheControl?.NoStore, url);
    }

    [Fact]
    public async Task A_page_may_load_only_our_own_scripts_styles_images_and_api()
    {
        var response = await pages.CreateClient().GetAsync("/probe");
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var policy = Directives(Single(response, "Content-Security-Policy"));
        Assert.Equal("'self'", policy["default-src"]);
        Assert.Equal("'self'", policy["script-src"]);
        Assert.Equal("'self'", policy["style-src"]);
        Assert.Equal("'self' data:", policy["img-src"]);
        Assert.Equal("'self'", policy["connect-src"]);
        Assert.Equal("'self'", policy["frame-ancestors"]);
        Assert.Equal("'none'", policy["object-src"]);
        Assert.Equal("nosniff", Single(response, "X-Content-Type-Options"));
    }

    // Issue 13, finding 7: the reference's policy allowed scripts from cdn.jsdelivr.net and styles, images
    // and fonts from any https: host, though the page loads nothing from elsewhere.
    [Fact]
    public async Task The_API_reference_page_may_load_only_from_this_service_and_run_no_inline_script()
    {
        var reference = Directives(Single(await pages.CreateClient().GetAsync("/docs/index.html"), "Content-Security-Policy"));
        Assert.Equal("'self'", reference["script-src"]);
        Assert.Equal("'self' 'unsafe-inline'", reference["style-src"]);
        Assert.All(reference.Values, value => Assert.DoesNotContain("http", value, StringComparison.Ordinal));
        Assert.Equal("'self'", reference["frame-ancestors"]);
    }

    [Fact]
    public async Task The_API_reference_page_has_no_inline_script()
    {
        var response = await pages.CreateClient().GetAsync("/docs");
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<script type=\"module\" src=\"/js/api-reference.js\"></script>", html, StringComparison.Ordinal);
        Assert.DoesNotMatch("<script(?![^>]*\\bsrc=)[^>]*>", html);
    }

    [Fact]
    public async Task Frame_ancestors_come_from_configuration()
    {
        using var framed = pages.WithWebHostBuilder(b => b.UseSetting("Security:FrameAncestors", "'self' https://region.example"));
        var policy = Directives(Single(await framed.CreateClient().GetAsync("/probe"), "Content-Security-Policy"));
        Assert.Equal("'self' https://region.example", policy["frame-ancestors"]);
    }

    private static string Single(HttpResponseMessage response, string header) =>
        response.Headers.TryGetValues(header, out var values) ? values.Single()
        : response.Content.Headers.GetValues(header).Single();

    private static Dictionary<string, string> Directives(string policy) =>
        policy.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(d => d.Split(' ', 2))
            .ToDictionary(d => d[0], d => d.Length > 1 ? d[1] : "");
}
