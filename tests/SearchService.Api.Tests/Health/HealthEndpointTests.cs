using System.Text.Json;

namespace SearchService.Api.Tests.Health;

public class HealthEndpointTests(SearchApiFactory factory) : IClassFixture<SearchApiFactory>
{
    [Fact]
    public async Task Health_reports_the_served_index()
    {
        using var json = JsonDocument.Parse(await factory.CreateClient().GetStringAsync("/health"));
        Assert.Equal("healthy", json.RootElement.GetProperty("status").GetString());
        Assert.Equal(5, json.RootElement.GetProperty("index").GetProperty("documents").GetInt32());
    }

    [Fact]
    public async Task Health_reports_paragraphs_and_the_commit_time_of_the_served_index()
    {
        using var json = JsonDocument.Parse(await factory.CreateClient().GetStringAsync("/health"));
        var index = json.RootElement.GetProperty("index");
        Assert.True(index.GetProperty("paragraphs").GetInt32() > index.GetProperty("documents").GetInt32());
        var committed = index.GetProperty("lastCommit").GetDateTimeOffset();
        Assert.InRange(committed, DateTimeOffset.UtcNow.AddHours(-1), DateTimeOffset.UtcNow.AddMinutes(1));
    }

    [Fact]
    public async Task The_OpenAPI_document_describes_the_endpoints()
    {
        using var json = JsonDocument.Parse(await factory.CreateClient().GetStringAsync("/openapi/v1.json"));
        var paths = json.RootElement.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/search", out var search));
        Assert.True(paths.TryGetProperty("/api/documents/{id}", out _));
        var parameters = search.GetProperty("get").GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString());
        Assert.Equal(["q", "page", "pageSize", "sort", "distinct", "region", "organisation", "documentType", "year", "municipality", "highlight"], parameters);
        Assert.True(paths.TryGetProperty("/api/regions", out var regions));
        Assert.Equal(["q", "organisation", "documentType", "year", "municipality", "highlight"],
            regions.GetProperty("get").GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()));
        Assert.True(paths.TryGetProperty("/api/analyze", out _));
    }
}
