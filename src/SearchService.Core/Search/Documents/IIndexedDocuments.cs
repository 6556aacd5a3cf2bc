namespace SearchService.Core.Search.Documents;

/// <summary>
/// Where whole documents are read: one index (<see cref="IndexedDocuments"/>), or a cluster's shards, each
/// document on the shard its id routes to. The document endpoints and pages read through it, so a cluster's
/// coordinator answers them exactly as a single node does.
/// </summary>
public interface IIndexedDocuments
{
    /// <summary>Document <paramref name="documentId"/> with <paramref name="count"/> of its paragraphs from the
    /// <paramref name="from"/>th, marked for <paramref name="query"/> when one is given; no document when none has
    /// that id; a query error (and no document) when the found document cannot be marked for the query.</summary>
    Task<(DocumentView? Document, string? QueryError)> FindAsync(string documentId, int from, int count, string? query, CancellationToken cancellation);

    /// <summary>Whether a document of id <paramref name="documentId"/> is indexed.</summary>
    Task<bool> ExistsAsync(string documentId, CancellationToken cancellation);

    /// <summary>Page <paramref name="page"/> of the documents matching every given filter (<paramref name="region"/>
    /// canonical; the others in any case), sorted by id (<see cref="DocumentCatalog"/>).</summary>
    Task<DocumentList> ListAsync(string? region, string? organisation, string? documentType, int page, int pageSize, CancellationToken cancellation);
}

/// <summary>Documents read from one index: <see cref="DocumentLookup"/>, <see cref="DocumentHighlighter"/> and <see cref="DocumentCatalog"/>.</summary>
public sealed class IndexedDocuments(DocumentLookup lookup, DocumentHighlighter highlighter, DocumentCatalog catalog) : IIndexedDocuments
{
    /// <inheritdoc />
    public Task<(DocumentView? Document, string? QueryError)> FindAsync(string documentId, int from, int count, string? query, CancellationToken cancellation)
    {
        var document = lookup.Find(documentId, from, count);
        if (document is null || query is null)
        {
            return Task.FromResult<(DocumentView?, string?)>((document, null));
        }
        try
        {
            return Task.FromResult<(DocumentView?, string?)>((highlighter.Highlight(document, query), null));
        }
        catch (Queries.QueryBuildException e)
        {
            return Task.FromResult<(DocumentView?, string?)>((null, e.Message));
        }
    }

    /// <inheritdoc />
    public Task<bool> ExistsAsync(string documentId, CancellationToken cancellation) => Task.FromResult(lookup.Exists(documentId));

    /// <inheritdoc />
    public Task<DocumentList> ListAsync(string? region, string? organisation, string? documentType, int page, int pageSize, CancellationToken cancellation) =>
        Task.FromResult(catalog.List(region, organisation, documentType, page, pageSize));
}
