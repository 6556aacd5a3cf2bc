using Microsoft.Extensions.Logging;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using SearchService.Core.Search;
using SearchService.Tests;

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
}
