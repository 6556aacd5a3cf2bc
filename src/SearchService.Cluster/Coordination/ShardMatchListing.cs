using SearchService.Core.Search;
using SearchService.Core.Search.Queries;

namespace SearchService.Cluster.Coordination;

/// <summary>The coordinator's feed and export: the query planned over every shard as a search is, the shards'
/// newest matches merged (<see cref="FeedMerger"/>) and their pages of all matches merged as they stream
/// (<see cref="MergedExport"/>). Neither can say it is partial, so a shard without an answer fails them
/// (<see cref="ShardUnavailableException"/>, answered with 503).</summary>
public sealed class ShardMatchListing(ScatterGather shards) : IMatchListing
{
    /// <inheritdoc />
    /// <exception cref="ShardUnavailableException">A shard did not answer.</exception>
    public async Task<NewestMatches> NewestAsync(SearchRequest request, int count, CancellationToken cancellation)
    {
        var feed = Complete(await shards.NewestAsync(request, count, cancellation));
        return new NewestMatches(feed.Hits, feed.LastCommit);
    }

    /// <inheritdoc />
    /// <exception cref="ShardUnavailableException">A shard did not answer for its first page (later pages: while enumerating).</exception>
    public async Task<IAsyncEnumerable<MatchRow>> AllAsync(SearchRequest request, CancellationToken cancellation) =>
        Complete(await shards.ExportAsync(request, cancellation)).RowsAsync(cancellation);

    private static T Complete<T>(ShardedResult<T> sharded) where T : class
    {
        if (sharded.QueryError is { } error)
        {
            throw new QueryBuildException(error);
        }
        return sharded.Partial ? throw new ShardUnavailableException(sharded.MissingShards) : sharded.Result!;
    }
}
