using System.Text.Json;

namespace SearchService.Api.Tests.OpenApi;

public class ApiReferenceTests(SearchApiFactory factory) : IClassFixture<SearchApiFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Theory]
    [InlineData("/api/search", "200", "application/json")]
    [InlineData("/api/search", "400", "application/problem+json")]
    [InlineData("/api/documents/{id}", "200", "application/json")]
    [InlineData("/api/documents/{id}", "400", "application/problem+json")]
    [InlineData("/api/documents/{id}", "404", "application/problem+json")]
    [InlineData("/health", "503", "application/json")]
    public async Task Every_answer_is_declared_with_a_schema_and_an_example(string path, string status, string mediaType)
    {
        using var document = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json"));
        var content = document.RootElement.GetProperty("paths").GetProperty(path).GetProperty("get")
            .GetProperty("responses").GetProperty(status).GetProperty("content").GetProperty(mediaType);
        Assert.True(content.TryGetProperty("schema", out _), "schema");
        Assert.True(content.TryGetProperty("example", out _), "example");
    }

    [Fact]
    public async Task Parameters_are_described_and_have_examples()
    {
        using var document = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json"));
        var parameters = document.RootElement.GetProperty("paths").GetProperty("/api/search").GetProperty("get").GetProperty("parameters");
        Assert.Subset(parameters.EnumerateArray().Select(p => p.GetProperty("name").GetString()).ToHashSet(), new HashSet<string?> { "q", "region", "page", "pageSize" });
        Assert.All(parameters.EnumerateArray(), p =>
        {
            Assert.False(string.IsNullOrWhiteSpace(p.GetProperty("description").GetString()));
            Assert.True(p.TryGetProperty("example", out _));
        });
    }

    [Fact]
    public async Task The_reference_page_serves_its_script_from_this_server()
    {
        var page = await client.GetStringAsync("/docs/");
        Assert.Contains("<script src=\"/docs/scalar.js\"></script>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("cdn.", page, StringComparison.OrdinalIgnoreCase);
        var script = await client.GetAsync("/docs/scalar.js");
        Assert.True(script.IsSuccessStatusCode);
        Assert.True((await script.Content.ReadAsByteArrayAsync()).Length > 100_000, "the bundled Scalar script");
    }
}
