using SearchService.Core.Analysis;
using SearchService.Core.Search;
using SearchService.Tests;

namespace SearchService.Indexer.Tests;

[Collection(nameof(ConsoleCollection))]
public class EvaluationCommandTests
{
    private static readonly string Qrels = Path.Combine(RepositoryPaths.Root, "tests", "eval", "relevance.json");

    [Fact]
    public void Eval_prints_scores_per_kind_and_overall_for_both_analyses()
    {
        var (exit, output, _) = IndexerCommandsTests.Run("eval", "--qrels", Qrels, "--source", RepositoryPaths.Seeds, "--analysis", "both");
        Assert.Equal(0, exit);
        Assert.Contains("analysis standard:", output, StringComparison.Ordinal);
        Assert.Contains("analysis swedish:", output, StringComparison.Ordinal);
        Assert.Equal(2, output.Split('\n').Count(l => l.StartsWith("overall ", StringComparison.Ordinal)));
        Assert.Matches(@"compound\s+\d+\s+0\.\d{3}", output);
    }

    [Fact]
    public void A_missing_relevance_file_is_an_error_exit()
    {
        var (exit, _, error) = IndexerCommandsTests.Run("eval", "--qrels", "/nonexistent/relevance.json");
        Assert.Equal(1, exit);
        Assert.Contains("relevance set not found", error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_analysis_is_rejected()
    {
        var (exit, _, error) = IndexerCommandsTests.Run("eval", "--qrels", Qrels, "--analysis", "english");
        Assert.NotEqual(0, exit);
        Assert.Contains("--analysis", error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_standard_analysis_builds_an_index_that_says_so()
    {
        using var folder = new TemporaryFolder();
        var (exit, output, _) = IndexerCommandsTests.Run("--source", RepositoryPaths.Seeds, "--index", folder.Path, "--analysis", "standard");
        Assert.Equal(0, exit);
        Assert.Contains("with standard analysis", output, StringComparison.Ordinal);
        using var index = ParagraphIndex.Open(folder.Path);
        Assert.Equal(AnalysisMode.Standard, index.Analysis.Mode);
        Assert.Null(new ParagraphSearcher(index).Search(new SearchRequest("vårdplaster")).DidYouMean);
    }

    [Fact]
    public void Analyze_prints_the_tokens_per_field()
    {
        var (exit, output, _) = IndexerCommandsTests.Run("analyze", "hälso- och sjukvården");
        Assert.Equal(0, exit);
        Assert.Matches(@"text\s+0\s+0-5\s+ellipsis\s+hälsovård", output);
    }
}
