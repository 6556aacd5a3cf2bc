using SearchService.Cluster.Serving;
using SearchService.Core.Search;
using SearchService.Core.Search.Documents;

namespace SearchService.Cluster.Coordination;

/// <summary>The coordinator's whole documents: one is read from the shard its id routes to
/// (<see cref="ShardRouter"/>), marked for a query planned over every shard as a search is (<see cref="QueryPlan"/>);
/// the catalog is merged from every shard's (each document lives on one shard, so totals add up). A shard
/// without an answer makes the read fail (<see cref="ShardUnavailableException"/>), never a wrong "not found".</summary>
public sealed class ShardDocuments(ScatterGather shards, ClusterConnection connection) : IIndexedDocuments
{
    /// <inheritdoc />
    /// <exception cref="ShardUnavailableException">The document's shard did not answer.</exception>
    public async Task<(DocumentView? Document, string? QueryError)> FindAsync(string documentId, int from, int count, string? query, CancellationToken cancellation)
    {
        var shard = ShardRouter.ShardOf(documentId, connection.Options.Shards);
        var marking = query is null ? null : new SearchRequest(query);
        var plan = marking is not null && connection.Options.CorpusStatistics
            ? await QueryPlan.MakeAsync(marking, q => shards.AskAllAsync(q, cancellation))
            : null;
        var answer = await shards.AskOneAsync(shard, new ShardQuery(marking, Vocabulary: plan?.Vocabulary, Document: new DocumentQuery(documentId, from, count)), cancellation)
            ?? throw new ShardUnavailableException([ClusterNames.Shard(shard)]);
        return (answer.Document, answer.QueryError);
    }

    /// <inheritdoc />
    /// <exception cref="ShardUnavailableException">The document's shard did not answer.</exception>
    public async Task<bool> ExistsAsync(string documentId, CancellationToken cancellation) =>
        (await FindAsync(documentId, 1, 1, null, cancellation)).Document is not null;

    /// <inheritdoc />
    /// <exception cref="ShardUnavailableException">A shard did not answer: its documents would be missing.</exception>
    public async Task<DocumentList> ListAsync(string? region, string? organisation, string? documentType, int page, int pageSize, CancellationToken cancellation)
    {
        var wanted = (int)Math.Min(int.MaxValue, (long)page * pageSize);
        var answers = await shards.AskAllAsync(new ShardQuery(null, Catalog: new CatalogQuery(region, organisation, documentType, wanted)), cancellation);
        var missing = answers.Select((answer, shard) => (answer, shard)).Where(a => a.answer?.Catalog is null).Select(a => ClusterNames.Shard(a.shard)).ToList();
        if (missing.Count > 0)
        {
            throw new ShardUnavailableException(missing);
        }
        var lists = answers.Select(a => a!.Catalog!).ToList();
        var documents = lists.SelectMany(l => l.Documents).OrderBy(d => d.Id, StringComparer.Ordinal).Skip((page - 1) * pageSize).Take(pageSize).ToList();
        return new DocumentList(lists.Sum(l => l.Total), page, pageSize, documents);
    }
}

/// <summary>Shards that gave no answer in time, where an answer without them would be wrong rather than partial:
/// part of the index cannot be read (an <see cref="IOException"/>, which the API answers with 503).</summary>
public sealed class ShardUnavailableException(IReadOnlyList<string> shards)
    : IOException($"No replica of {string.Join(", ", shards)} answered in time.")
{
    /// <summary>The shards without an answer.</summary>
    public IReadOnlyList<string> Shards { get; } = shards;
}
