using SearchService.Core.Indexing;
using SearchService.Tests;

namespace SearchService.Indexer.Tests;

// The indexer reads the service's Search section (as environment variables) through the same options.
public class IndexerConfigurationTests
{
    private static async Task<(int Exit, string Output)> RunIndexer(IReadOnlyDictionary<string, string> environment)
    {
        var output = new System.Collections.Concurrent.ConcurrentQueue<string>();
        using var indexer = BuiltProgram.Start("SearchService.Indexer.dll", [], output.Enqueue, environment);
        await indexer.WaitForExitAsync();
        return (indexer.ExitCode, string.Join('\n', output));
    }

    [Fact]
    public async Task Search_environment_variables_choose_the_source_index_and_analysis()
    {
        using var folder = new TemporaryFolder();
        var indexPath = Path.Combine(folder.Path, "index");

        var (exit, output) = await RunIndexer(new Dictionary<string, string>
        {
            ["Search__SourcePath"] = RepositoryPaths.Seeds,
            ["Search__IndexPath"] = indexPath,
            ["Search__Analysis"] = "standard",
        });

        Assert.Equal(0, exit);
        Assert.Contains("with standard analysis", output);
        Assert.True(CommitMetadata.Exists(indexPath));
    }

    [Fact]
    public async Task An_invalid_Search_value_is_a_message_and_exit_code_1()
    {
        using var folder = new TemporaryFolder();

        var (exit, output) = await RunIndexer(new Dictionary<string, string>
        {
            ["Search__IndexPath"] = Path.Combine(folder.Path, "index"),
            ["Search__Analysis"] = "klingon",
        });

        Assert.Equal(1, exit);
        Assert.Contains("Search:Analysis is swedish or standard.", output);
    }
}
