using SearchService.Cluster.Serving;
using SearchService.Core.Search.Facets;

namespace SearchService.Cluster.Coordination;

/// <summary>
/// Merges the shards' region comparisons into the one a single node gives: per region the matching and indexed
/// paragraphs, documents and year counts summed (each document lives on one shard, so every count is exact), the
/// share computed from the sums, and the best paragraphs taken from every shard's by score (<see cref="ResultMerger.ByScore"/>).
/// </summary>
public static class RegionMerger
{
    /// <summary>The comparison from the shards' <paramref name="answers"/>, each with every region in the same order.</summary>
    public static RegionComparisonResult Merge(IReadOnlyList<(ShardAnswer Answer, RegionComparisonResult Part)> answers, double tookMs)
    {
        var parts = answers.OrderBy(a => a.Answer.Shard).Select(a => a.Part).ToList();
        var regions = parts[0].Regions.Select((region, slot) =>
        {
            var shards = parts.Select(p => p.Regions[slot]).ToList();
            var (paragraphs, indexed) = (shards.Sum(r => r.Paragraphs), shards.Sum(r => r.IndexedParagraphs));
            return new RegionMatches(
                region.Region,
                paragraphs,
                shards.Sum(r => r.Documents),
                indexed,
                RegionComparison.PerTenThousand(paragraphs, indexed),
                [.. shards.SelectMany(r => r.Years).GroupBy(y => y.Year).Select(y => new YearCount(y.Key, y.Sum(c => c.Count))).OrderBy(y => y.Year)],
                [.. ResultMerger.ByScore(shards.Select(r => r.Hits)).Take(RegionComparison.HitsPerRegion)]);
        }).ToList();
        return new RegionComparisonResult(
            parts[0].Query,
            parts.Sum(p => p.Total),
            parts.Sum(p => p.Documents),
            tookMs,
            [.. parts.SelectMany(p => p.Years).Distinct().Order()],
            regions);
    }
}
