using Microsoft.Extensions.Logging;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using SearchService.Core.Search;
using SearchService.Tests;
using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using SearchService.Api.Health;
using SearchService.Api.Hosting;
using Microsoft.Extensions.DependencyInjection;
using SearchService.Core.Indexing;

namespace SearchService.Api.Tests.Hosting;

public class IndexStartupTests
{
    [Fact]
    public async Task Without_an_index_the_service_builds_one_from_the_sources()
    {
        using var folder = new TemporaryFolder();
        var indexPath = Path.Combine(folder.Path, "index");
        using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseSetting("Search:IndexPath", indexPath);
            b.UseSetting("Search:SourcePath", RepositoryPaths.Seeds);
        });
        var result = await factory.CreateClient().GetFromJsonAsync<SearchResult>("/api/search?q=vårdplatser");
        Assert.True(result!.Total > 0);
        Assert.True(Directory.EnumerateFiles(indexPath, "segments_*").Any());
    }

    [Fact]
    public void A_corrupt_index_stops_start_up_instead_of_serving_errors()
    {
        using var folder = new TemporaryFolder();
        File.WriteAllText(Path.Combine(folder.Path, "segments_1"), "not an index");
        using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseSetting("Search:IndexPath", folder.Path);
            b.UseSetting("Search:SourcePath", RepositoryPaths.Seeds);
        });
        Assert.ThrowsAny<Exception>(() => factory.CreateClient());
    }

    // Issue 13, finding 2: this file in the source folder made start-up crash-loop (exit 134).
    [Fact]
    public async Task A_hostile_file_in_the_sources_is_skipped_with_a_warning_and_the_service_starts()
    {
        using var folder = new TemporaryFolder();
        var sourcePath = Path.Combine(folder.Path, "sources");
        Directory.CreateDirectory(sourcePath);
        File.Copy(RepositoryPaths.Seed("001"), Path.Combine(sourcePath, "plan.txt"));
        File.WriteAllBytes(Path.Combine(sourcePath, "nested.docx"), HostileDocuments.NestedWord());
        var log = new LogCollector();
        using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseSetting("Search:IndexPath", Path.Combine(folder.Path, "index"));
            b.UseSetting("Search:SourcePath", sourcePath);
            log.AddTo(b);
        });

        var result = await factory.CreateClient().GetFromJsonAsync<SearchResult>("/api/search?q=revisionsrapport");

        Assert.True(result!.Total > 0);
        var warning = Assert.Single(log.Entries, e => e.Message.StartsWith("Skipped hostile file", StringComparison.Ordinal));
        Assert.Equal(LogLevel.Warning, warning.Level);
        Assert.Equal("nested.docx", warning.Fields["File"]);
    }

    // Issue 17: a fresh service answered its first few hundred searches 2–3 times slower than once warm.
    [Fact]
    public async Task After_start_up_the_service_warms_itself_with_typical_searches_outside_the_cache_and_keeps_answering()
    {
        using var folder = new TemporaryFolder();
        IndexUpdater.Rebuild(RepositoryPaths.Seeds, folder.Path);
        var log = new LogCollector();
        using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseSetting("Search:IndexPath", folder.Path);
            b.UseSetting("Search:WarmUpSeconds", "1");
            log.AddTo(b);
        });
        var client = factory.CreateClient();
        var cache = factory.Services.GetRequiredService<SearchResultCache>();

        var during = await client.GetFromJsonAsync<SearchResult>("/api/search?q=tolk");
        var deadline = DateTime.UtcNow.AddSeconds(60);
        LogCollector.Entry? warmed;
        while ((warmed = log.Entries.FirstOrDefault(e => e.Message.StartsWith("Warmed up with", StringComparison.Ordinal))) is null && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        Assert.True(during!.Total > 0);
        Assert.NotNull(warmed);
        Assert.True(Convert.ToInt32(warmed.Fields["Searches"], CultureInfo.InvariantCulture) >= 16);
        // Only the one user search went through the result cache.
        Assert.Equal(1, cache.Hits + cache.Misses);
        var health = await client.GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal("healthy", (await health.Content.ReadFromJsonAsync<HealthEndpoints.HealthReport>())!.Status);
    }

    [Fact]
    public void While_warming_up_health_answers_503_warming_with_the_index_statistics()
    {
        using var folder = new TemporaryFolder();
        IndexUpdater.Rebuild(RepositoryPaths.Seeds, folder.Path);
        using var index = ParagraphIndex.Open(folder.Path);

        var answer = HealthEndpoints.GetHealth(index, new SearchWarmUp(), LoggerFactory.Create(_ => { })).Result;

        var warming = Assert.IsType<JsonHttpResult<HealthEndpoints.HealthReport>>(answer);
        Assert.Equal(StatusCodes.Status503ServiceUnavailable, warming.StatusCode);
        Assert.Equal("warming", warming.Value!.Status);
        Assert.True(warming.Value.Index!.Paragraphs > 0);
    }
}
