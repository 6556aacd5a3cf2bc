using SearchService.Tests;

namespace SearchService.Api.Tests.Hosting;

public class StartupFailureTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(2);
    private const int IndexUnusable = 2; // the exit code the README documents

    [Fact]
    public async Task A_corrupt_index_ends_the_process_with_a_non_zero_exit_and_says_how_to_fix_it()
    {
        using var folder = new TemporaryFolder();
        File.WriteAllText(Path.Combine(folder.Path, "segments_1"), "not an index");
        var exit = await ServiceProcess.RunUntilExit(Limit, "--urls", "http://127.0.0.1:0", "--Search:IndexPath", folder.Path, "--Search:SourcePath", RepositoryPaths.Seeds);
        Assert.Equal(IndexUnusable, exit.Code);
        Assert.DoesNotContain("Unhandled exception", exit.Output, StringComparison.Ordinal);
        Assert.Contains("cannot be opened", exit.Output, StringComparison.Ordinal);
        Assert.Contains("Rebuild it with the indexer", exit.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_index_and_no_sources_ends_the_process_with_a_non_zero_exit_naming_both_folders()
    {
        using var folder = new TemporaryFolder();
        var indexPath = Path.Combine(folder.Path, "index");
        var sourcePath = Path.Combine(folder.Path, "no-such-sources");
        var exit = await ServiceProcess.RunUntilExit(Limit, "--urls", "http://127.0.0.1:0", "--Search:IndexPath", indexPath, "--Search:SourcePath", sourcePath);
        Assert.Equal(IndexUnusable, exit.Code);
        Assert.DoesNotContain("Unhandled exception", exit.Output, StringComparison.Ordinal);
        Assert.Contains($"No index in {indexPath} and no source folder {sourcePath}", exit.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sources_that_cannot_be_indexed_end_the_process_with_a_non_zero_exit_saying_why()
    {
        using var folder = new TemporaryFolder();
        var sourcePath = Path.Combine(folder.Path, "sources");
        Directory.CreateDirectory(sourcePath);
        File.WriteAllText(Path.Combine(sourcePath, "metadata.json"), "{ not json");
        var exit = await ServiceProcess.RunUntilExit(Limit, "--urls", "http://127.0.0.1:0", "--Search:IndexPath", Path.Combine(folder.Path, "index"), "--Search:SourcePath", sourcePath);
        Assert.Equal(IndexUnusable, exit.Code);
        Assert.Contains("Could not build the index", exit.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", exit.Output, StringComparison.Ordinal);
    }

    // Issue 13, finding 7: any non-empty key was accepted, the example's "change-me" included.
    [Theory]
    [InlineData("change-me", "is 9 characters long")]
    [InlineData("change-me-change-me-change-me-change-me", "placeholder \"change-me\"")]
    public async Task A_weak_api_key_ends_the_process_with_exit_3_saying_why(string key, string said)
    {
        using var folder = new TemporaryFolder();
        var exit = await ServiceProcess.RunUntilExit(Limit, "--urls", "http://127.0.0.1:0", "--Search:IndexPath", folder.Path, "--Search:SourcePath", RepositoryPaths.Seeds, "--Security:ApiKey", key);
        Assert.Equal(3, exit.Code);
        Assert.Contains("Refusing to start: Security:ApiKey", exit.Output, StringComparison.Ordinal);
        Assert.Contains(said, exit.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", exit.Output, StringComparison.Ordinal);
    }
}
