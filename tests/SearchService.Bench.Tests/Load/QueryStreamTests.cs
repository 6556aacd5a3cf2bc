using SearchService.Bench.Corpus;
using SearchService.Bench.Load;
using SearchService.Core.Indexing;
using SearchService.Tests;

namespace SearchService.Bench.Tests.Load;

public sealed class QueryStreamTests : IDisposable
{
    private readonly TemporaryFolder folder = new();
    private readonly string index;

    public QueryStreamTests()
    {
        var corpus = Path.Combine(folder.Path, "corpus");
        index = Path.Combine(folder.Path, "index");
        new CorpusGenerator(SeedText.Read(RepositoryPaths.Seeds), seed: 2).Write(300, corpus);
        IndexUpdater.Rebuild(corpus, index);
    }

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Draws_search_requests_from_many_distinct_queries_a_few_of_them_popular()
    {
        var paths = QueryStream.Paths(index, requests: 5_000, distinct: 1_000, seed: 3);

        Assert.Equal(5_000, paths.Count);
        Assert.All(paths, p => Assert.Matches(@"^/api/search\?q=[^&]+(&region=[^&]+)?$", p));
        var counts = paths.GroupBy(p => p).Select(g => g.Count()).OrderByDescending(c => c).ToList();
        Assert.InRange(counts.Count, 300, 1_000);
        // Zipf: the most asked query about 1/H(1000) ≈ 13% of the requests, far above the typical one.
        Assert.InRange(counts[0], 400, 900);
        Assert.True(counts[counts.Count / 2] <= 3, "most queries are asked only a few times");
        Assert.Contains(paths, p => p.Contains("&region=", StringComparison.Ordinal));
    }

    [Fact]
    public void The_same_seed_gives_the_same_stream()
    {
        Assert.Equal(QueryStream.Paths(index, 500, 100, seed: 4), QueryStream.Paths(index, 500, 100, seed: 4));
        Assert.NotEqual(QueryStream.Paths(index, 500, 100, seed: 4), QueryStream.Paths(index, 500, 100, seed: 5));
    }
}
