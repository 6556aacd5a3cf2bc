using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SearchService.Core.Search;

namespace SearchService.Api.Tests.Search;

public class SearchEndpointTests(SearchApiFactory factory) : IClassFixture<SearchApiFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task Vårdplatser_returns_marked_paragraphs_from_Skåne_and_Västernorrland()
    {
        var result = await client.GetFromJsonAsync<SearchResult>("/api/search?q=vårdplatser&pageSize=100");
        Assert.NotNull(result);
        Assert.Contains(result.Hits, h => h.Region == "Skåne");
        Assert.Contains(result.Hits, h => h.Region == "Västernorrland");
        // Every hit with a form of the word is marked; one found only by "vård" and "plats" far apart in
        // other words ("arbetsplats … vårdtagare") has nothing to mark (issue 15: a mark is a match).
        Assert.All(result.Hits.Where(h => h.Text.Contains("vårdplats", StringComparison.OrdinalIgnoreCase)), h => Assert.Contains("<mark>", h.Highlight, StringComparison.Ordinal));
        Assert.Contains(result.Facets["region"], f => f.Value == "Skåne" && f.Count > 0);
    }

    [Fact]
    public async Task The_response_has_the_public_contract_field_names()
    {
        using var json = JsonDocument.Parse(await client.GetStringAsync("/api/search?q=vårdplatser&pageSize=1"));
        var root = json.RootElement;
        foreach (var name in new[] { "query", "total", "page", "pageSize", "tookMs", "hits", "facets" })
        {
            Assert.True(root.TryGetProperty(name, out _), name);
        }
        var hit = root.GetProperty("hits")[0];
        foreach (var name in new[] { "id", "documentId", "title", "region", "date", "section", "paragraph", "score", "text", "highlight", "snippet" })
        {
            Assert.True(hit.TryGetProperty(name, out _), name);
        }
    }

    [Fact]
    public async Task A_region_filter_narrows_the_hits()
    {
        var all = await client.GetFromJsonAsync<SearchResult>("/api/search?q=vårdplatser");
        var filtered = await client.GetFromJsonAsync<SearchResult>("/api/search?q=vårdplatser&region=skåne&pageSize=100");
        Assert.NotNull(all);
        Assert.NotNull(filtered);
        Assert.InRange(filtered.Total, 1, all.Total - 1);
        Assert.All(filtered.Hits, h => Assert.Equal("Skåne", h.Region));
    }

    [Fact]
    public async Task Sort_newest_gives_the_same_matches_newest_document_first()
    {
        // "personal": 71 paragraphs of the seeds, three of them in dated documents.
        var best = await client.GetFromJsonAsync<SearchResult>("/api/search?q=personal&pageSize=100");
        var newest = await client.GetFromJsonAsync<SearchResult>("/api/search?q=personal&pageSize=100&sort=newest");

        Assert.Equal(best!.Total, newest!.Total);
        Assert.Equal(best.Hits.Select(h => h.Id).Order(), newest.Hits.Select(h => h.Id).Order());
        var dates = newest.Hits.Select(h => h.Date).ToList();
        Assert.True(dates.Distinct().Count() > 2, string.Join(",", dates.Distinct()));
        Assert.NotEqual(best.Hits.Select(h => h.Date), dates);
        Assert.Equal(dates.OrderByDescending(d => d, StringComparer.Ordinal), dates);
    }

    [Fact]
    public async Task Distinct_lists_each_text_once_and_counts_the_rest()
    {
        var every = await client.GetFromJsonAsync<SearchResult>("/api/search?q=vård&pageSize=100");
        var distinct = await client.GetFromJsonAsync<SearchResult>("/api/search?q=vård&pageSize=100&distinct=true");

        Assert.All(every!.Hits, h => Assert.Null(h.SameText));
        Assert.All(distinct!.Hits, h => Assert.NotNull(h.SameText));
        Assert.Equal(distinct.Hits.Count, distinct.Hits.Select(h => h.Text.ToLowerInvariant()).Distinct().Count());
        Assert.Equal(every.Total, distinct.Total);
    }

    [Theory]
    [InlineData("/api/search", "q")]
    [InlineData("/api/search?q=", "q")]
    [InlineData("/api/search?q=%20%20", "q")]
    [InlineData("/api/search?q=och%20att", "q")]
    [InlineData("/api/search?q=v%C3%A5rd&page=0", "page")]
    [InlineData("/api/search?q=v%C3%A5rd&pageSize=101", "pageSize")]
    [InlineData("/api/search?q=v%C3%A5rd&page=1001&pageSize=10", "page")]
    [InlineData("/api/search?q=v%C3%A5rd&region=Atlantis", "region")]
    [InlineData("/api/search?q=v%C3%A5rd%01", "q")]
    [InlineData("/api/search?q=v%C3%A5rd&sort=oldest", "sort")]
    [InlineData("/api/search?q=v%C3%A5rd&distinct=true&page=51&pageSize=10", "page")]
    public async Task Bad_input_is_a_400_problem_naming_the_parameter(string url, string parameter)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(json.RootElement.GetProperty("errors").TryGetProperty(parameter, out var messages));
        Assert.False(string.IsNullOrWhiteSpace(messages[0].GetString()));
    }

    [Fact]
    public async Task A_query_over_500_characters_is_rejected()
    {
        var response = await client.GetAsync("/api/search?q=" + new string('a', 501));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task A_parameter_of_the_wrong_type_is_a_400_problem_saying_which()
    {
        foreach (var (url, parameter) in new[] { ("/api/search?q=vård&page=abc", "page"), ("/api/search?q=vård&distinct=yes", "distinct") })
        {
            var response = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.Contains(parameter, await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
        }
    }

    [Theory]
    [InlineData("\"unclosed phrase")]
    [InlineData("((((vård")]
    [InlineData("vård))")]
    [InlineData("title:vård~2^3")]
    [InlineData("[a TO b]")]
    [InlineData("*")]
    [InlineData("?")]
    [InlineData("vård AND OR NOT")]
    [InlineData("-vård")]
    [InlineData("\\")]
    [InlineData("<script>alert(1)</script>")]
    public async Task Strict_parser_syntax_never_gives_a_server_error(string query)
    {
        var response = await client.GetAsync("/api/search?q=" + Uri.EscapeDataString(query));
        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"{query}: {response.StatusCode}");
    }

    [Fact]
    public async Task Search_allows_any_origin_by_default()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/search?q=tolk");
        request.Headers.Add("Origin", "https://example.org");
        var response = await client.SendAsync(request);
        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
    }
}
