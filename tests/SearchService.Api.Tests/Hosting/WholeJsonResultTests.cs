using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SearchService.Core.Search;

namespace SearchService.Api.Tests.Hosting;

// Search answers are written whole, then sent with their length: the bytes must be what the HTTP JSON
// options write for the same answer, however large the page (the buffer grows past its first rent).
public sealed class WholeJsonResultTests(SearchApiFactory factory) : IClassFixture<SearchApiFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Theory]
    [InlineData("vårdplatser", 10)]
    [InlineData("region", 100)]
    [InlineData("vård personal", 100)]
    public async Task A_search_answer_arrives_with_its_length_and_the_bytes_the_json_options_write(string query, int pageSize)
    {
        using var response = await client.GetAsync($"/api/search?q={Uri.EscapeDataString(query)}&pageSize={pageSize}");
        var body = await response.Content.ReadAsByteArrayAsync();

        response.EnsureSuccessStatusCode();
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(body.Length, response.Content.Headers.ContentLength);
        var options = factory.Services.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        var expected = JsonSerializer.Serialize(factory.Services.GetRequiredService<ParagraphSearcher>().Search(new SearchRequest(query, PageSize: pageSize)), options);
        Assert.Equal(WithoutTiming(expected), WithoutTiming(System.Text.Encoding.UTF8.GetString(body)));
    }

    [Fact]
    public async Task A_page_of_a_hundred_hits_outgrows_the_first_buffer_and_stays_whole()
    {
        using var response = await client.GetAsync("/api/search?q=region&pageSize=100");
        var body = await response.Content.ReadAsByteArrayAsync();

        Assert.True(body.Length > 16 * 1024, $"the answer is {body.Length} bytes, too small to need a second buffer");
        var hits = JsonNode.Parse(body)!["hits"]!.AsArray();
        Assert.Equal(100, hits.Count);
    }

    // The time a search took differs between two runs of it; every other byte must not (so the raw text is compared,
    // not a re-serialization, which would hide a difference in escaping).
    private static string WithoutTiming(string json)
    {
        var timing = new System.Text.RegularExpressions.Regex("\"tookMs\":[-+.0-9eE]+");
        Assert.Single(timing.Matches(json));
        return timing.Replace(json, "\"tookMs\":0");
    }
}
