namespace SearchService.Cluster.Tests;

public class ShardRouterTests
{
    // FNV-1a computed independently (Python) for these ids: they must never change, or documents move between shards.
    [Theory]
    [InlineData("000_94d9eeac6d78a0db", 2, 0)]
    [InlineData("004_0410683bcf7f9b19", 2, 1)]
    [InlineData("åäö-dokument", 7, 3)]
    public void ShardOf_is_fixed_for_an_id(string id, int shards, int expected) =>
        Assert.Equal(expected, ShardRouter.ShardOf(id, shards));

    [Fact]
    public void ShardOf_spreads_ids_over_every_shard()
    {
        var counts = Enumerable.Range(0, 10_000).GroupBy(i => ShardRouter.ShardOf($"doc-{i}", 4)).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(4, counts.Count);
        Assert.All(counts.Values, count => Assert.InRange(count, 2_200, 2_800));
    }

    [Fact]
    public void ShardOf_refuses_zero_shards() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ShardRouter.ShardOf("a", 0));
}
