using Lucene.Net.Search;

namespace SearchService.Core.Search;

/// <summary>A searcher borrowed from the <see cref="SearcherManager"/> for one request; disposing
/// gives it back so that the reader behind it can close once a newer one replaced it.</summary>
public sealed class SearcherLease(SearcherManager manager) : IDisposable
{
    private IndexSearcher? searcher = manager.Acquire();

    /// <summary>The searcher, valid until the lease is disposed.</summary>
    public IndexSearcher Searcher => searcher ?? throw new ObjectDisposedException(nameof(SearcherLease));

    /// <inheritdoc />
    public void Dispose()
    {
        if (searcher is not null)
        {
            manager.Release(searcher);
            searcher = null;
        }
    }
}
