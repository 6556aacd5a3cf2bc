using System.Net;

namespace SearchService.Api.Tests.Web;

public class WebPagesTests(SearchApiFactory factory) : IClassFixture<SearchApiFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Theory]
    [InlineData("/", "text/html", "/js/search-page.js")]
    [InlineData("/?q=v%C3%A5rdplatser&region=Sk%C3%A5ne&page=2", "text/html", "/js/search-page.js")]
    [InlineData("/documents/003_f483bdd49a294f52", "text/html", "/js/document-page.js")]
    [InlineData("/regioner?q=v%C3%A5rdplatser&valda=Sk%C3%A5ne", "text/html", "/js/regions-page.js")]
    [InlineData("/widget.js", "text/javascript", "customElements.define('policy-search'")]
    [InlineData("/css/site.css", "text/css", "mark {")]
    [InlineData("/admin/", "text/html", "/js/admin-analytics.js")]
    public async Task The_pages_and_the_widget_are_served_from_the_build_output(string url, string mediaType, string content)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(content, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_document_s_page_answers_404()
    {
        var response = await client.GetAsync("/documents/nope");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/documents/003_f483bdd49a294f52")]
    [InlineData("/regioner")]
    [InlineData("/admin/")]
    public async Task Pages_hold_no_inline_script_or_style_so_a_strict_content_security_policy_can_apply(string url)
    {
        var html = await client.GetStringAsync(url);
        Assert.DoesNotMatch(@"<script(?![^>]*\bsrc=)[^>]*>", html);
        Assert.DoesNotContain("<style", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch(@"\sstyle\s*=", html);
        Assert.DoesNotMatch(@"\son[a-z]+\s*=", html);
    }

    [Fact]
    public async Task The_widget_may_be_cached_briefly_by_the_sites_that_embed_it()
    {
        var response = await client.GetAsync("/widget.js");
        Assert.Equal("public, max-age=300", response.Headers.CacheControl?.ToString());
        Assert.NotNull(response.Headers.ETag);
    }
}
