using SearchService.Core.Indexing;
using SearchService.Core.Search;
using SearchService.Tests;

namespace SearchService.Core.Tests.Search;

public sealed class SearchResultCacheTests : IDisposable
{
    private readonly TemporaryFolder source = new();
    private readonly TemporaryFolder indexFolder = new();

    public SearchResultCacheTests()
    {
        File.WriteAllText(Path.Combine(source.Path, "a.txt"), "Vårdplatser i norr\n\nBristen på vårdplatser ökar.\n\nPersonal saknas på sommaren.\n\nBudgeten för vården ökar.");
        IndexUpdater.Update(source.Path, indexFolder.Path);
    }

    [Fact]
    public void A_repeated_request_is_answered_from_the_cache_with_the_same_hits()
    {
        using var index = ParagraphIndex.Open(indexFolder.Path);
        var cache = new SearchResultCache(1_000);
        var searcher = new ParagraphSearcher(index, cache);

        var first = searcher.Search(new SearchRequest("vårdplatser"));
        var second = searcher.Search(new SearchRequest("vårdplatser"));
        var other = searcher.Search(new SearchRequest("vårdplatser", PageSize: 5));

        Assert.Equal((1, 2), (cache.Hits, cache.Misses));
        Assert.Equal(first.Hits.Select(h => (h.Id, h.Highlight)), second.Hits.Select(h => (h.Id, h.Highlight)));
        Assert.Equal(first.Total, other.Total);
    }

    [Fact]
    public void A_changed_index_is_searched_again_not_answered_from_the_cache()
    {
        using var index = ParagraphIndex.Open(indexFolder.Path);
        var cache = new SearchResultCache(1_000);
        var searcher = new ParagraphSearcher(index, cache);
        var before = searcher.Search(new SearchRequest("vårdplatser")).Total;

        File.WriteAllText(Path.Combine(source.Path, "b.txt"), "Nya vårdplatser\n\nRegionen öppnar tio vårdplatser.");
        IndexUpdater.Update(source.Path, indexFolder.Path);
        Assert.True(index.Refresh());
        var after = searcher.Search(new SearchRequest("vårdplatser")).Total;

        Assert.Equal(before + 1, after);
        Assert.Equal(0, cache.Hits);
    }

    [Fact]
    public void The_cache_holds_at_most_its_capacity_in_hits_dropping_the_oldest_answers()
    {
        using var index = ParagraphIndex.Open(indexFolder.Path);
        var uncached = new ParagraphSearcher(index);
        // An answer takes its hits plus one place; room for both answers but one place makes the second push out the first.
        var places = uncached.Search(new SearchRequest("vårdplatser")).Hits.Count + 1 + uncached.Search(new SearchRequest("personal")).Hits.Count + 1;
        var cache = new SearchResultCache(places - 1);

        AssertSecondAnswerPushesOutTheFirst(index, cache);
    }

    // Issue 13, finding 5: a paragraph may be thousands of characters, so a count of hits alone let the cache
    // hold 10,000 of them whatever their size.
    [Fact]
    public void The_cache_holds_at_most_its_capacity_in_bytes_dropping_the_oldest_answers()
    {
        using var index = ParagraphIndex.Open(indexFolder.Path);
        var uncached = new ParagraphSearcher(index);
        long Bytes(string query) => uncached.Search(new SearchRequest(query)).Hits.Sum(h => 2L * (h.Text.Length + h.Highlight.Length + h.Snippet.Length) + 512);
        var cache = new SearchResultCache(1_000, Bytes("vårdplatser") + Bytes("personal") - 1);

        AssertSecondAnswerPushesOutTheFirst(index, cache);
    }

    // With room for both answers but one place (or byte), the second pushes out the first: asked again,
    // the second is a hit and the first a miss.
    private static void AssertSecondAnswerPushesOutTheFirst(ParagraphIndex index, SearchResultCache cache)
    {
        var searcher = new ParagraphSearcher(index, cache);

        searcher.Search(new SearchRequest("vårdplatser"));
        searcher.Search(new SearchRequest("personal"));
        searcher.Search(new SearchRequest("personal"));
        searcher.Search(new SearchRequest("vårdplatser"));

        Assert.Equal((1, 3), (cache.Hits, cache.Misses));
    }

    [Fact]
    public void A_cache_of_no_capacity_keeps_nothing()
    {
        using var index = ParagraphIndex.Open(indexFolder.Path);
        var cache = new SearchResultCache(0);
        var searcher = new ParagraphSearcher(index, cache);

        searcher.Search(new SearchRequest("vårdplatser"));
        searcher.Search(new SearchRequest("vårdplatser"));

        Assert.Equal((0, 2), (cache.Hits, cache.Misses));
        Assert.Throws<ArgumentOutOfRangeException>(() => new SearchResultCache(-1));
    }

    public void Dispose()
    {
        indexFolder.Dispose();
        source.Dispose();
    }
}
