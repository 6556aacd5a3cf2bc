using System.Net;
using System.Text.Json;

namespace SearchService.Api.Tests.Analysis;

public class AnalyzeEndpointTests(SearchApiFactory factory) : IClassFixture<SearchApiFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task Analyze_shows_stems_compound_parts_ellipses_and_folding_with_offsets()
    {
        const string text = "vårdplats- och personalbristen";
        using var json = JsonDocument.Parse(await client.GetStringAsync("/api/analyze?text=" + Uri.EscapeDataString(text)));
        Assert.Equal("swedish", json.RootElement.GetProperty("analysis").GetString());
        var tokens = json.RootElement.GetProperty("tokens").EnumerateArray()
            .Select(t => (Term: t.GetProperty("term").GetString(), Field: t.GetProperty("field").GetString(), Source: t.GetProperty("source").GetString(),
                Start: t.GetProperty("start").GetInt32(), End: t.GetProperty("end").GetInt32(), Position: t.GetProperty("position").GetInt32()))
            .ToList();
        var implied = Assert.Single(tokens, t => t.Field == "text" && t.Source == "ellipsis");
        Assert.Equal(("vårdplatsbrist", "vårdplats", 0), (implied.Term, text[implied.Start..implied.End], implied.Position));
        Assert.Contains(tokens, t => t.Field == "text" && t.Source == "stem" && t.Term == "personalbrist");
        Assert.Contains(tokens, t => t.Field == "text.parts" && t.Source == "compound" && t.Term == "brist" && text[t.Start..t.End] == "bristen");
        Assert.Equal(["text", "text.parts"], tokens.Select(t => t.Field).Distinct());
    }

    [Theory]
    [InlineData("")]
    [InlineData("?text=")]
    [InlineData("?text=%01")]
    public async Task Missing_or_bad_text_is_a_problem_details_400(string query)
    {
        var response = await client.GetAsync("/api/analyze" + query);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(json.RootElement.GetProperty("errors").TryGetProperty("text", out _));
    }

    [Fact]
    public async Task Too_long_text_is_rejected() =>
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/api/analyze?text=" + new string('a', 2001))).StatusCode);
}
