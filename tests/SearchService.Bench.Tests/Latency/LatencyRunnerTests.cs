using SearchService.Bench.Corpus;
using SearchService.Bench.Latency;
using SearchService.Core.Indexing;
using SearchService.Core.Search.Queries;
using SearchService.Tests;

namespace SearchService.Bench.Tests.Latency;

public sealed class LatencyRunnerTests : IDisposable
{
    private readonly TemporaryFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Runs_the_whole_mix_over_an_index_of_a_generated_corpus()
    {
        var measurement = LatencyRunner.Run(GeneratedIndex(), warmupRounds: 1, rounds: 3);

        Assert.Equal(QueryMix.All.Count, measurement.Timings.Count);
        Assert.All(measurement.Timings, t => Assert.Equal(3, t.Count));
        Assert.True(measurement.Totals[0] > 0, "the common word occurs in a generated corpus");
        Assert.All(measurement.MeanCpu, cpu => Assert.True(cpu >= 0));
        var markdown = LatencyRunner.Markdown(measurement);
        Assert.Contains("**mix without typos**", markdown);
        Assert.Equal(QueryMix.All.Count + 4, markdown.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public void Runs_search_and_the_region_comparison_side_by_side_on_the_unfiltered_mix()
    {
        var measurement = RegionLatency.Run(GeneratedIndex(), warmupRounds: 1, rounds: 3);

        Assert.Equal(QueryMix.All.Count(e => e.Region is null), measurement.Mix.Count);
        Assert.All(measurement.Search.Concat(measurement.Compare), t => Assert.Equal(3, t.Count));
        Assert.True(measurement.Totals[0] > 0, "the common word occurs in a generated corpus");
        var markdown = RegionLatency.Markdown(measurement);
        Assert.Equal(measurement.Mix.Count + 3, markdown.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public void Measures_the_cpu_time_of_made_up_words_beside_a_typical_and_a_misspelt_search()
    {
        var markdown = CostlyWords.Markdown(GeneratedIndex(), warmup: 1, rounds: 3);

        var rows = markdown.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2 + 4, rows.Length);
        Assert.Contains("32 made-up words", markdown);
        Assert.DoesNotContain("NaN", markdown);
    }

    [Fact]
    public void An_index_is_measured_once_every_segment_vocabulary_is_read_as_the_warm_service_has_it()
    {
        using var index = SteadyIndex.Open(GeneratedIndex());
        using var lease = index.Acquire();

        Assert.All(VocabularyGrams.SearchedFields, field => Assert.True(VocabularyGrams.Ready(lease.Searcher.IndexReader, field).IsCompletedSuccessfully, field));
    }

    private string GeneratedIndex()
    {
        var corpus = Path.Combine(folder.Path, "corpus");
        var index = Path.Combine(folder.Path, "index");
        new CorpusGenerator(SeedText.Read(RepositoryPaths.Seeds), seed: 1).Write(200, corpus);
        Assert.Equal(200, IndexUpdater.Rebuild(corpus, index).Paragraphs);
        return index;
    }
}
