using SearchService.Core.Search;
using SearchService.Tests;

namespace SearchService.Indexer.Tests;

// Console output is process-wide; these tests capture it and so must not run in parallel with each other.
[Collection(nameof(ConsoleCollection))]
public class IndexerCommandsTests
{
    internal static (int ExitCode, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var (previousOut, previousError) = (Console.Out, Console.Error);
        Console.SetOut(output);
        Console.SetError(error);
        try
        {
            return (IndexerCommands.Create().Parse(args).Invoke(), output.ToString(), error.ToString());
        }
        finally
        {
            Console.SetOut(previousOut);
            Console.SetError(previousError);
        }
    }

    [Fact]
    public void Building_from_the_seeds_reports_counts_and_writes_a_searchable_index()
    {
        using var folder = new TemporaryFolder();
        var (exit, output, _) = Run("--source", RepositoryPaths.Seeds, "--index", folder.Path);
        Assert.Equal(0, exit);
        Assert.Matches(@"Indexed 5 documents, \d+ paragraphs", output);
        using var index = ParagraphIndex.Open(folder.Path);
        Assert.True(new ParagraphSearcher(index).Search(new SearchRequest("vårdplatser")).Total > 0);
    }

    [Fact]
    public void Rebuilding_replaces_the_index_instead_of_adding_to_it()
    {
        using var folder = new TemporaryFolder();
        Run("--source", RepositoryPaths.Seeds, "--index", folder.Path);
        Run("--source", RepositoryPaths.Seeds, "--index", folder.Path);
        using var index = ParagraphIndex.Open(folder.Path);
        Assert.Equal(5, index.Statistics().Documents);
        var once = new ParagraphSearcher(index).Search(new SearchRequest("tolk")).Total;
        Assert.Equal(2, once);
    }

    [Fact]
    public void A_missing_source_folder_is_an_error_exit_with_a_message()
    {
        using var folder = new TemporaryFolder();
        var (exit, _, error) = Run("--source", Path.Combine(folder.Path, "nope"), "--index", Path.Combine(folder.Path, "index"));
        Assert.Equal(1, exit);
        Assert.Contains("Source folder not found", error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_index_path_that_cannot_be_a_folder_is_an_error_exit()
    {
        using var folder = new TemporaryFolder();
        var blocker = Path.Combine(folder.Path, "file");
        File.WriteAllText(blocker, "");
        var (exit, _, error) = Run("--source", RepositoryPaths.Seeds, "--index", blocker);
        Assert.Equal(1, exit);
        Assert.StartsWith("error:", error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unreadable_file_is_named_and_skipped_and_the_rest_indexed()
    {
        using var source = new TemporaryFolder();
        using var target = new TemporaryFolder();
        File.Copy(RepositoryPaths.Seed("003"), Path.Combine(source.Path, "good.txt"));
        File.WriteAllBytes(Path.Combine(source.Path, "bad.txt"), [0x48, 0xC3, 0x28, 0xFF]);
        var (exit, output, error) = Run("--source", source.Path, "--index", target.Path);
        Assert.Equal(3, exit);
        Assert.Contains("Skipped bad.txt: not valid UTF-8", error, StringComparison.Ordinal);
        Assert.Contains("Indexed 1 documents", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Inspect_prints_metadata_and_paragraphs()
    {
        var (exit, output, _) = Run("inspect", RepositoryPaths.Seed("003"));
        Assert.Equal(0, exit);
        Assert.Contains("region:  Östergötland", output, StringComparison.Ordinal);
        Assert.Contains("[1] ", output, StringComparison.Ordinal);
    }
}

[CollectionDefinition(nameof(ConsoleCollection), DisableParallelization = true)]
public sealed class ConsoleCollection;
