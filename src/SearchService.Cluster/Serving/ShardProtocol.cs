using System.Text.Json;
using SearchService.Core.Search;

namespace SearchService.Cluster.Serving;

/// <summary>What the coordinator asks a shard: the search as the user made it, with the page widened to
/// the first <c>page × pageSize</c> hits, since any of them may be on the merged page; or, first, only the
/// statistics its query would score with.</summary>
/// <param name="Request">The search, its page already widened.</param>
/// <param name="Statistics">The corpus's statistics to score with, summed over the shards; null: the shard's own.</param>
/// <param name="StatisticsOnly">Answer with the shard's statistics for the query instead of hits.</param>
public sealed record ShardQuery(SearchRequest Request, CorpusStatistics? Statistics = null, bool StatisticsOnly = false);

/// <summary>A shard's answer: its hits (best first, fully read and marked), total and facet counts, and the
/// generation that answered; or, with <see cref="QueryError"/>, why the query cannot be searched.</summary>
/// <param name="Shard">The shard (0-based).</param>
/// <param name="Generation">The commit generation the replica served.</param>
/// <param name="Replica">The replica instance that answered.</param>
/// <param name="Result">The shard's result; null with a query error.</param>
/// <param name="QueryError">Set when the query holds nothing searchable (the user's error, the same on every shard).</param>
/// <param name="Statistics">The shard's statistics, when asked for them only.</param>
public sealed record ShardAnswer(int Shard, long Generation, string Replica, SearchResult? Result, string? QueryError, CorpusStatistics? Statistics = null);

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
