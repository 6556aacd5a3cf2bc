using SearchService.Core.Analysis;
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

    [Fact]
    public void A_second_run_reports_what_changed_and_full_rebuilds_everything()
    {
        using var source = new TemporaryFolder();
        using var target = new TemporaryFolder();
        File.Copy(RepositoryPaths.Seed("003"), Path.Combine(source.Path, "a.txt"));
        File.Copy(RepositoryPaths.Seed("001"), Path.Combine(source.Path, "b.txt"));
        Run("--source", source.Path, "--index", target.Path);
        File.Delete(Path.Combine(source.Path, "b.txt"));
        File.WriteAllBytes(Path.Combine(source.Path, "c.docx"), SampleDocuments.Word());

        var (exit, output, _) = Run("--source", source.Path, "--index", target.Path);
        Assert.Equal(0, exit);
        Assert.Contains("1 added, 0 changed, 1 removed, 1 unchanged", output, StringComparison.Ordinal);
        var (_, unchanged, _) = Run("--source", source.Path, "--index", target.Path);
        Assert.Contains("0 added, 0 changed, 0 removed, 2 unchanged (no new commit)", unchanged, StringComparison.Ordinal);
        var (_, full, _) = Run("--source", source.Path, "--index", target.Path, "--full");
        Assert.Contains("2 added, 0 changed, 0 removed, 0 unchanged", full, StringComparison.Ordinal);
    }

    [Fact]
    public void Damaged_and_renamed_files_of_any_format_are_named_and_skipped_with_exit_3()
    {
        using var source = new TemporaryFolder();
        using var target = new TemporaryFolder();
        File.WriteAllBytes(Path.Combine(source.Path, "budget.pdf"), SampleDocuments.Pdf());
        File.WriteAllBytes(Path.Combine(source.Path, "trasig.pdf"), "%PDF-1.7 inte mer"u8.ToArray());
        File.WriteAllText(Path.Combine(source.Path, "text.docx"), "ingen zip");
        var (exit, output, error) = Run("--source", source.Path, "--index", target.Path);
        Assert.Equal(3, exit);
        Assert.Contains("Indexed 1 documents", output, StringComparison.Ordinal);
        Assert.Contains("Skipped trasig.pdf: damaged or unreadable PDF", error, StringComparison.Ordinal);
        Assert.Contains("Skipped text.docx: the content is not Word", error, StringComparison.Ordinal);
    }

    // Issue 13, finding 2: this .docx overflowed OpenXml's stack and the indexer died with exit 134.
    [Fact]
    public void Hostile_files_are_named_as_hostile_and_skipped_with_exit_3()
    {
        using var source = new TemporaryFolder();
        using var target = new TemporaryFolder();
        File.WriteAllBytes(Path.Combine(source.Path, "budget.pdf"), SampleDocuments.Pdf());
        File.WriteAllBytes(Path.Combine(source.Path, "nested.docx"), HostileDocuments.NestedWord());
        File.WriteAllBytes(Path.Combine(source.Path, "bomb.pdf"), HostileDocuments.InflatingPdf());
        File.WriteAllBytes(Path.Combine(source.Path, "page.html"), HostileDocuments.NestedHtml());
        var (exit, output, error) = Run("--source", source.Path, "--index", target.Path);
        Assert.Equal(3, exit);
        Assert.Contains("Indexed 1 documents", output, StringComparison.Ordinal);
        Assert.Contains("Skipped hostile file nested.docx: refused as hostile: part word/document.xml nests elements more than 256 deep", error, StringComparison.Ordinal);
        Assert.Contains("Skipped hostile file bomb.pdf: refused as hostile: a stream inflates to more than 32 MiB", error, StringComparison.Ordinal);
        Assert.Contains("Skipped hostile file page.html: refused as hostile: the page nests elements more than 512 deep", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Inspect_names_the_publishing_municipality_and_its_region()
    {
        using var folder = new TemporaryFolder();
        var text = Path.Combine(folder.Path, "kiruna.txt");
        File.WriteAllText(text, "Kiruna kommun\n\nNya vårdplatser\n\nKiruna kommun bygger fler vårdplatser.\n");
        var (exit, output, _) = Run("inspect", text);
        Assert.Equal(0, exit);
        Assert.Contains("region:  Norrbotten", output, StringComparison.Ordinal);
        Assert.Contains("organisation: Kiruna kommun  municipality: Kiruna", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Inspect_reads_a_pdf_and_names_pages()
    {
        using var folder = new TemporaryFolder();
        var pdf = Path.Combine(folder.Path, "budget.pdf");
        File.WriteAllBytes(pdf, SampleDocuments.Pdf());
        var (exit, output, _) = Run("inspect", pdf);
        Assert.Equal(0, exit);
        Assert.Contains("sida 2 § Två spalter", output, StringComparison.Ordinal);
        Assert.Contains("organisation: Region Värmland", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Watch_applies_a_new_file_and_a_deletion_without_being_asked()
    {
        using var source = new TemporaryFolder();
        using var target = new TemporaryFolder();
        File.Copy(RepositoryPaths.Seed("003"), Path.Combine(source.Path, "a.txt"));
        Run("--source", source.Path, "--index", target.Path);
        using var stop = new CancellationTokenSource();
        var output = new StringWriter();
        var previous = Console.Out;
        Console.SetOut(output);
        try
        {
            var watching = IndexerCommands.WatchAsync(source.Path, target.Path, AnalysisMode.Swedish, stop.Token);
            await Task.Delay(300);
            File.WriteAllText(Path.Combine(source.Path, "ny.md"), "# Ny\n\nRegion Kronoberg bygger ett nytt sjukhus i Växjö.\n");
            Assert.True(await Eventually(() => Total(target.Path, "Växjö") == 1));
            File.Delete(Path.Combine(source.Path, "ny.md"));
            Assert.True(await Eventually(() => Total(target.Path, "Växjö") == 0));
            await stop.CancelAsync();
            Assert.Equal(0, await watching);
        }
        finally
        {
            Console.SetOut(previous);
        }
        Assert.Contains("1 added", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("1 removed", output.ToString(), StringComparison.Ordinal);
    }

    private static int Total(string index, string query)
    {
        using var opened = ParagraphIndex.Open(index);
        return new ParagraphSearcher(opened).Search(new SearchRequest(query)).Total;
    }

    private static async Task<bool> Eventually(Func<bool> condition)
    {
        for (var deadline = DateTime.UtcNow.AddSeconds(15); DateTime.UtcNow < deadline; await Task.Delay(100))
        {
            if (condition())
            {
                return true;
            }
        }
        return false;
    }
}

[CollectionDefinition(nameof(ConsoleCollection), DisableParallelization = true)]
public sealed class ConsoleCollection;
