namespace SearchService.Core.Search;

/// <summary>
/// Where a search's matches are listed to follow it (the feed and the export): one index
/// (<see cref="MatchListing"/>), or a cluster's shards merged by the coordinator. The follow endpoints read
/// through it, so a coordinator answers them as a single node does.
/// </summary>
public interface IMatchListing
{
    /// <summary>At most <paramref name="count"/> matching paragraphs of dated documents, newest document first
    /// (best scored first within a date), and when the index was last committed.</summary>
    /// <exception cref="Queries.QueryBuildException">The query holds nothing searchable.</exception>
    Task<NewestMatches> NewestAsync(SearchRequest request, int count, CancellationToken cancellation);

    /// <summary>Every matching paragraph, a document's paragraphs together and in order, read as the rows are
    /// enumerated. The task ends once the query is known to be searchable.</summary>
    /// <exception cref="Queries.QueryBuildException">The query holds nothing searchable (thrown before any row).</exception>
    Task<IAsyncEnumerable<MatchRow>> AllAsync(SearchRequest request, CancellationToken cancellation);
}

/// <summary>The newest matches of a search, and when the index they come from was last committed (null: unknown).</summary>
public sealed record NewestMatches(IReadOnlyList<SearchHit> Hits, DateTimeOffset? LastCommit);
