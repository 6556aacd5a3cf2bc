using System.Globalization;
using SearchService.Core.Analysis;

namespace SearchService.Core.Tests.Analysis;

// The per-thread analysis caches, filled by made-up query words on every thread that searched, made the
// service's memory grow with its thread count (issue 13, the soak).
public class WordCacheTests
{
    [Fact]
    public void A_full_cache_starts_over()
    {
        var cache = new WordCache<string>();
        // Other tests analyse at the same time: a new generation may empty the cache on the way.
        for (var i = 0; cache.Count < WordCaches.CacheLimit; i++)
        {
            cache.Remember(Word(i), "x");
        }

        cache.Remember("vårdplatser", "vårdplats");

        Assert.Equal(1, cache.Count);
        Assert.True(cache.TryGetValue("vårdplatser", out var term));
        Assert.Equal("vårdplats", term);
    }

    [Fact]
    public async Task A_cache_starts_over_once_the_caches_of_other_threads_added_a_generation_of_words()
    {
        var cache = new WordCache<string>();
        for (var i = 0; i < 10; i++)
        {
            cache.Remember(Word(i), "x");
        }

        // Two other threads analyse a process's worth of made-up words.
        await Task.WhenAll(Enumerable.Range(0, 2).Select(t => Task.Run(() =>
        {
            var other = new WordCache<string>();
            for (var i = 0; i < WordCaches.ProcessLimit / 2; i++)
            {
                other.Remember(Word(i), "x");
            }
        })));
        cache.Remember("vårdplatser", "vårdplats");

        Assert.Equal(1, cache.Count);
    }

    [Fact]
    public void A_word_longer_than_any_Swedish_word_is_not_kept()
    {
        var cache = new WordCache<string>();

        cache.Remember(new string('k', Decompounder.CachedWordLength + 1), "x");

        Assert.Equal(0, cache.Count);
    }

    private static string Word(int i) => "ord" + i.ToString(CultureInfo.InvariantCulture);
}
