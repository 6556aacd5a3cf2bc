using SearchService.Core.Search;

namespace SearchService.Core.Tests.Search;

// The cache every per-version cache (answers, region comparisons, query plans) keeps its entries in. Versions are plain
// objects here: the cache only compares them by reference.
public class VersionedCacheTests
{
    private static VersionedCache<string, string> Cache(long letters, long entries = long.MaxValue) =>
        new(StringComparer.Ordinal,
            new VersionedCache<string, string>.Bound(letters, (_, value) => value.Length),
            new VersionedCache<string, string>.Bound(entries, (_, _) => 1));

    [Fact]
    public void A_value_is_found_on_its_version_only()
    {
        var cache = Cache(100);
        var first = new object();
        cache.Add(first, "k", "value");
        Assert.True(cache.TryGet(first, "k", out var found));
        Assert.Equal("value", found);
        Assert.False(cache.TryGet(first, "other", out _));

        var second = new object();
        Assert.False(cache.TryGet(second, "k", out _));
        Assert.Equal(0, cache.Count);
    }

    [Fact]
    public void A_retired_version_neither_reads_nor_empties_the_newer_ones_entries()
    {
        var cache = Cache(100);
        var (old, current) = (new object(), new object());
        cache.Add(old, "k", "old answer");
        cache.Add(current, "k", "new answer");

        Assert.False(cache.TryGet(old, "k", out _));
        cache.Add(old, "late", "from a search still leasing the old reader");

        Assert.True(cache.TryGet(current, "k", out var found));
        Assert.Equal("new answer", found);
        Assert.False(cache.TryGet(current, "late", out _));
        Assert.Equal(1, cache.Count);
    }

    [Fact]
    public void The_oldest_entries_go_until_every_bound_holds()
    {
        var cache = Cache(letters: 10, entries: 3);
        var at = new object();
        cache.Add(at, "a", "aaaa");
        cache.Add(at, "b", "bbbb");
        cache.Add(at, "c", "cc"); // 10 letters, 3 entries: all held
        Assert.Equal(3, cache.Count);

        cache.Add(at, "d", "d"); // 4 entries: "a" goes
        Assert.False(cache.TryGet(at, "a", out _));
        Assert.True(cache.TryGet(at, "b", out _));

        cache.Add(at, "e", "eeeeeeee"); // 15 letters and 4 entries: "b" goes, and at 11 letters "c" too
        Assert.False(cache.TryGet(at, "b", out _));
        Assert.False(cache.TryGet(at, "c", out _));
        Assert.True(cache.TryGet(at, "d", out _));
        Assert.True(cache.TryGet(at, "e", out _));
    }

    [Fact]
    public void A_value_heavier_than_a_capacity_is_not_kept_and_pushes_nothing_out()
    {
        var cache = Cache(letters: 5);
        var at = new object();
        cache.Add(at, "small", "abc");
        cache.Add(at, "large", "abcdef");
        Assert.False(cache.TryGet(at, "large", out _));
        Assert.True(cache.TryGet(at, "small", out _));
    }

    [Fact]
    public void The_first_value_added_for_a_key_is_kept()
    {
        var cache = Cache(100);
        var at = new object();
        cache.Add(at, "k", "first");
        cache.Add(at, "k", "second");
        Assert.True(cache.TryGet(at, "k", out var found));
        Assert.Equal("first", found);
        Assert.Equal(1, cache.Count);
    }

    [Fact]
    public void Concurrent_adds_and_lookups_keep_the_bounds()
    {
        var cache = Cache(letters: 50, entries: 20);
        var at = new object();
        Parallel.For(0, 2_000, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            var key = (i % 97).ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (cache.TryGet(at, key, out var found))
            {
                Assert.Equal(new string('x', 1 + i % 97 % 5), found);
            }
            else
            {
                cache.Add(at, key, new string('x', 1 + i % 97 % 5));
            }
        });
        Assert.InRange(cache.Count, 1, 20);
    }

    [Fact]
    public void A_negative_capacity_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Cache(-1));
}
