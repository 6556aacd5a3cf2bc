using SearchService.Cluster.Serving;

namespace SearchService.Cluster.Coordination;

/// <summary>
/// Merges the shards' newest matches into the feed a single node gives: by document date, newest first, then by
/// score (ties by shard, then the shard's order: <see cref="ResultMerger.ByDate"/>); each shard sent its own
/// newest <c>count</c>, so the corpus's newest <c>count</c> are among them.
/// </summary>
public static class FeedMerger
{
    /// <summary>The <paramref name="count"/> newest of the shards' <paramref name="answers"/>, the totals summed and the latest commit.</summary>
    public static ShardFeed Merge(IReadOnlyList<(ShardAnswer Answer, ShardFeed Part)> answers, int count)
    {
        var parts = answers.OrderBy(a => a.Answer.Shard).Select(a => a.Part).ToList();
        var hits = ResultMerger.ByDate(parts.Select(p => p.Hits)).Take(count).ToList();
        return new ShardFeed(hits, parts.Sum(p => p.Total), parts.Max(p => p.LastCommit));
    }
}
