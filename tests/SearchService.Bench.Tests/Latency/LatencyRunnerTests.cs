using SearchService.Bench.Corpus;
using SearchService.Bench.Latency;
using SearchService.Core.Indexing;
using SearchService.Tests;

namespace SearchService.Bench.Tests.Latency;

public sealed class LatencyRunnerTests : IDisposable
{
    private readonly TemporaryFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Runs_the_whole_mix_over_an_index_of_a_generated_corpus()
    {
        var corpus = Path.Combine(folder.Path, "corpus");
        var index = Path.Combine(folder.Path, "index");
        new CorpusGenerator(SeedText.Read(RepositoryPaths.Seeds), seed: 1).Write(200, corpus);
        Assert.Equal(200, IndexBuilder.Rebuild(corpus, index).Paragraphs);

        var measurement = LatencyRunner.Run(index, warmupRounds: 1, rounds: 3);

        Assert.Equal(QueryMix.All.Count, measurement.Timings.Count);
        Assert.All(measurement.Timings, t => Assert.Equal(3, t.Count));
        Assert.True(measurement.Totals[0] > 0, "the common word occurs in a generated corpus");
        Assert.All(measurement.MeanCpu, cpu => Assert.True(cpu >= 0));
        var markdown = LatencyRunner.Markdown(measurement);
        Assert.Contains("**mix without typos**", markdown);
        Assert.Equal(QueryMix.All.Count + 4, markdown.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }
}
