using SearchService.Core.Analysis;
using SearchService.Core.Evaluation;
using SearchService.Core.Indexing;
using SearchService.Core.Search;
using SearchService.Core.Tests.Search;
using SearchService.Tests;

namespace SearchService.Core.Tests.Evaluation;

/// <summary>Search quality on the relevance set in <c>tests/eval/relevance.json</c>, through the real
/// index and searcher. Thresholds were set a little under measured runs (README, "Swedish search
/// quality"): swedish overall nDCG@10 0.850, standard 0.496.</summary>
public class RelevanceEvaluationTests(SeedIndexFixture seeds) : IClassFixture<SeedIndexFixture>
{
    private const double SwedishNdcgFloor = 0.88;

    private static IReadOnlyList<JudgedQuery> Queries => RelevanceSet.Load(Path.Combine(RepositoryPaths.Root, "tests", "eval", "relevance.json"));

    [Fact]
    public void Overall_ndcg_at_10_stays_at_the_measured_level()
    {
        var report = RelevanceEvaluation.Run(seeds.Searcher, Queries);
        Assert.True(report.Overall.Ndcg >= SwedishNdcgFloor, $"overall nDCG@10 {report.Overall.Ndcg:F3} fell below {SwedishNdcgFloor}");
    }

    [Fact]
    public void The_swedish_analysis_beats_the_standard_chain_on_every_kind_it_targets()
    {
        using var folder = new TemporaryFolder();
        IndexUpdater.Rebuild(RepositoryPaths.Seeds, folder.Path, analysis: AnalysisMode.Standard);
        using var index = ParagraphIndex.Open(folder.Path);
        Assert.Equal(AnalysisMode.Standard, index.Analysis.Mode);
        var standard = RelevanceEvaluation.Run(new ParagraphSearcher(index), Queries).PerKind.ToDictionary(g => g.Group);
        var swedish = RelevanceEvaluation.Run(seeds.Searcher, Queries).PerKind.ToDictionary(g => g.Group);
        foreach (var kind in new[] { "inflection", "compound", "elliptic", "typo", "nodiacritics" })
        {
            Assert.True(swedish[kind].Ndcg > standard[kind].Ndcg, $"{kind}: swedish {swedish[kind].Ndcg:F3} ≤ standard {standard[kind].Ndcg:F3}");
        }
    }
}
