namespace SearchService.Cluster.Serving;

/// <summary>
/// Scoring statistics of the whole corpus for the terms of one query, summed over the shards: each
/// paragraph lives on exactly one shard, so summed document frequencies and field statistics are the
/// single node's, and so are the IDF and query norm computed from them.
/// </summary>
/// <param name="Terms">Per term (<c>field</c>, NUL, <c>term</c>): document frequency and total term frequency (-1 when unknown).</param>
/// <param name="Fields">Per field: max doc, doc count, sum of total term frequencies, sum of document frequencies.</param>
public sealed record CorpusStatistics(IReadOnlyDictionary<string, long[]> Terms, IReadOnlyDictionary<string, long[]> Fields)
{
    /// <summary>The statistics the search running on this flow of execution scores with (none: the shard's own).</summary>
    public static readonly AsyncLocal<CorpusStatistics?> Current = new();

    /// <summary>The key of a term in <see cref="Terms"/>.</summary>
    public static string Key(string field, string term) => field + "\0" + term;

    /// <summary>The sum of the shards' statistics.</summary>
    public static CorpusStatistics Sum(IEnumerable<CorpusStatistics> shards)
    {
        var terms = new Dictionary<string, long[]>(StringComparer.Ordinal);
        var fields = new Dictionary<string, long[]>(StringComparer.Ordinal);
        foreach (var shard in shards)
        {
            Add(terms, shard.Terms);
            Add(fields, shard.Fields);
        }
        return new CorpusStatistics(terms, fields);
    }

    // A -1 (a figure a codec does not keep) stays -1 in the sum, as Lucene's own MultiFields sums do.
    private static void Add(Dictionary<string, long[]> sums, IReadOnlyDictionary<string, long[]> shard)
    {
        foreach (var (key, values) in shard)
        {
            if (!sums.TryGetValue(key, out var sum))
            {
                sums[key] = [.. values];
                continue;
            }
            for (var i = 0; i < sum.Length; i++)
            {
                sum[i] = sum[i] < 0 || values[i] < 0 ? -1 : sum[i] + values[i];
            }
        }
    }
}
