using System.Net;
using System.Net.Http.Json;
using SearchService.Core.Search;

namespace SearchService.Api.Tests.Search;

public class SwedishSearchEndpointTests(SearchApiFactory factory) : IClassFixture<SearchApiFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task Highlight_part_marks_the_matched_part_and_the_default_the_whole_word()
    {
        var word = await client.GetFromJsonAsync<SearchResult>("/api/search?q=vårdplatser&pageSize=100");
        var part = await client.GetFromJsonAsync<SearchResult>("/api/search?q=vårdplatser&pageSize=100&highlight=part");
        Assert.Contains(word!.Hits, h => h.Highlight.Contains("<mark>vårdplatsläget</mark>", StringComparison.Ordinal));
        Assert.Contains(part!.Hits, h => h.Highlight.Contains("<mark>vårdplats</mark>läget", StringComparison.Ordinal));
        Assert.Contains(part.Hits.SelectMany(h => h.Marks), m => m.Kind == "compound");
    }

    [Fact]
    public async Task A_misspelt_query_answers_with_did_you_mean()
    {
        var result = await client.GetFromJsonAsync<SearchResult>("/api/search?q=vårdplaster");
        Assert.Equal("vårdplatser", result!.DidYouMean);
        Assert.NotEmpty(result.Hits);
    }

    [Fact]
    public async Task An_unknown_highlight_value_is_a_400()
    {
        var response = await client.GetAsync("/api/search?q=vårdplatser&highlight=bold");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("highlight", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
