using System.Text.Json;
using SearchService.Core.Search;
using SearchService.Core.Search.Documents;
using SearchService.Core.Search.Facets;

namespace SearchService.Cluster.Serving;

/// <summary>What the coordinator asks a shard: the search as the user made it, with the page widened to
/// the first <c>page × pageSize</c> hits, since any of them may be on the merged page; or, first, only its
/// part of the query's plan (<see cref="ShardPlan"/>); or a document (marked for the query, when there is one);
/// or the first documents of its catalog; or, to follow a search, its newest matches or a page of all of them.</summary>
/// <param name="Request">The search, its page already widened; with <see cref="Document"/>, the query to mark, if any.</param>
/// <param name="Statistics">The corpus's scoring statistics, summed over the shards; null: the shard's own.</param>
/// <param name="Vocabulary">The corpus's vocabulary figures the query's build decides by; null: the shard's own
/// (and relaxation decided by the shard's own strict total).</param>
/// <param name="PlanOnly">Answer with the shard's part of the plan instead of hits.</param>
/// <param name="Relax">Run the query relaxed (with <see cref="Vocabulary"/>: the corpus's strict total was below the threshold).</param>
/// <param name="Document">A document to read instead of searching.</param>
/// <param name="Catalog">The catalog to list instead of searching.</param>
/// <param name="CompareRegions">Compare the regions for <see cref="Request"/> instead of searching.</param>
/// <param name="Feed">List the newest matches instead of searching.</param>
/// <param name="Export">List a page of all matches in document order instead of searching.</param>
public sealed record ShardQuery(SearchRequest? Request, CorpusStatistics? Statistics = null, QueryVocabulary? Vocabulary = null, bool PlanOnly = false, bool Relax = false,
    DocumentQuery? Document = null, CatalogQuery? Catalog = null, bool CompareRegions = false, FeedQuery? Feed = null, ExportQuery? Export = null);

/// <summary>The shard's <paramref name="Count"/> newest matches (any of them may be among the corpus's newest).</summary>
public sealed record FeedQuery(int Count);

/// <summary>The shard's first <paramref name="Count"/> matches in document order after <paramref name="After"/> (from the start when null).</summary>
public sealed record ExportQuery(MatchCursor? After, int Count);

/// <summary>A shard's newest matches, newest first, and how many paragraphs the query run matched on it.</summary>
/// <param name="Hits">Dated matches, newest document first, best scored first within a date.</param>
/// <param name="Total">Paragraphs the query matched on the shard (strict unless told to relax: the coordinator sums them to decide).</param>
/// <param name="LastCommit">When the shard's served commit was made.</param>
public sealed record ShardFeed(IReadOnlyList<SearchHit> Hits, int Total, DateTimeOffset? LastCommit);

/// <summary>A page of a document's paragraphs, asked of the document's shard.</summary>
public sealed record DocumentQuery(string Id, int From, int Count);

/// <summary>The first <paramref name="Count"/> documents of a shard's catalog matching the filters (a merged page may take any of them).</summary>
public sealed record CatalogQuery(string? Region, string? Organisation, string? DocumentType, int Count);

/// <summary>A shard's part of a query's plan, built with the vocabulary figures it was sent.</summary>
/// <param name="Statistics">The scoring statistics its strict and relaxed query read on the shard.</param>
/// <param name="Missing">The shard's own figures for what the sent ones lacked; empty: it built the query from the corpus's figures alone.</param>
/// <param name="Relaxable">Whether the query has a relaxed form.</param>
public sealed record ShardPlan(CorpusStatistics Statistics, QueryVocabulary Missing, bool Relaxable);

/// <summary>A shard's answer: its hits (best first, fully read and marked), total and facet counts, and the
/// generation that answered; or, with <see cref="QueryError"/>, why the query cannot be searched.</summary>
/// <param name="Shard">The shard (0-based).</param>
/// <param name="Generation">The commit generation the replica served.</param>
/// <param name="Replica">The replica instance that answered.</param>
/// <param name="Result">The shard's result; null with a query error.</param>
/// <param name="QueryError">Set when the query holds nothing searchable (the user's error, the same on every shard).</param>
/// <param name="Plan">The shard's part of the plan, when asked for it only.</param>
/// <param name="Document">The document asked for; null when the shard has none of that id.</param>
/// <param name="Catalog">The catalog's first documents, when asked for them.</param>
/// <param name="Regions">The shard's region comparison, when asked for it.</param>
/// <param name="WorkUnits">The expansion work the answer spent (<see cref="Core.Search.Queries.WorkMeter"/>).</param>
/// <param name="Feed">The shard's newest matches, when asked for them.</param>
/// <param name="Export">A page of the shard's matches in document order, when asked for it.</param>
public sealed record ShardAnswer(int Shard, long Generation, string Replica, SearchResult? Result, string? QueryError, ShardPlan? Plan = null,
    DocumentView? Document = null, DocumentList? Catalog = null, RegionComparisonResult? Regions = null, int WorkUnits = 0,
    ShardFeed? Feed = null, MatchPage? Export = null);

/// <summary>How queries and answers travel between coordinator and replicas.</summary>
public static class ShardProtocol
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Bytes of a message.</summary>
    public static byte[] Encode<T>(T message) => JsonSerializer.SerializeToUtf8Bytes(message, Json);

    /// <summary>A message from its bytes.</summary>
    /// <exception cref="JsonException">The bytes are not a <typeparamref name="T"/>.</exception>
    public static T Decode<T>(ReadOnlySpan<byte> bytes) => JsonSerializer.Deserialize<T>(bytes, Json) ?? throw new JsonException($"An empty {typeof(T).Name}.");
}
