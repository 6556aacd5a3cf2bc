namespace SearchService.Cluster.Coordination;

/// <summary>A search or comparison answered by the shards: the merged result as a single node gives it, and how complete it is.</summary>
/// <param name="Result">The merged result (of the shards that answered).</param>
/// <param name="Partial">True when a shard did not answer: its paragraphs are missing from hits, totals and facets.</param>
/// <param name="MissingShards">The shards that did not answer.</param>
/// <param name="Generations">The commit generation that answered, per shard name.</param>
/// <param name="QueryError">Set when the query holds nothing searchable.</param>
public sealed record ShardedResult<T>(
    T? Result,
    bool Partial,
    IReadOnlyList<string> MissingShards,
    IReadOnlyDictionary<string, long> Generations,
    string? QueryError = null) where T : class;
