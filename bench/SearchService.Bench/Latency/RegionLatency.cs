using System.Diagnostics;
using System.Globalization;
using System.Text;
using SearchService.Core.Search;
using SearchService.Core.Search.Facets;

namespace SearchService.Bench.Latency;

/// <summary>
/// Measures the region comparison (<see cref="RegionComparison"/>: counts, shares, years and the best 3
/// marked hits of all 22 slots) against search (<see cref="ParagraphSearcher"/>: a 10-hit page with facets)
/// on the unfiltered half of the query mix, in-process and without result caches, interleaved so both
/// see the same warm caches: the "same latency class" figure of the comparison.
/// </summary>
internal static class RegionLatency
{
    /// <summary>Per query: total hits, and search's and the comparison's wall-clock timings in milliseconds.</summary>
    public sealed record Measurement(IReadOnlyList<QueryMix.Entry> Mix, IReadOnlyList<int> Totals, IReadOnlyList<List<double>> Search, IReadOnlyList<List<double>> Compare);

    public static Measurement Run(string indexFolder, int warmupRounds, int rounds)
    {
        using var index = SteadyIndex.Open(indexFolder);
        var searcher = new ParagraphSearcher(index);
        var comparison = new RegionComparison(index);
        var mix = QueryMix.All.Where(e => e.Region is null).ToList();
        var search = mix.Select(_ => new List<double>(rounds)).ToList();
        var compare = mix.Select(_ => new List<double>(rounds)).ToList();
        var totals = new int[mix.Count];
        for (var round = 0; round < warmupRounds + rounds; round++)
        {
            for (var i = 0; i < mix.Count; i++)
            {
                var request = new SearchRequest(mix[i].Query);
                var started = Stopwatch.GetTimestamp();
                totals[i] = searcher.Search(request).Total;
                var searched = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                started = Stopwatch.GetTimestamp();
                comparison.Compare(request);
                var compared = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                if (round >= warmupRounds)
                {
                    search[i].Add(searched);
                    compare[i].Add(compared);
                }
            }
        }
        return new Measurement(mix, totals, search, compare);
    }

    public static string Markdown(Measurement measurement)
    {
        var text = new StringBuilder();
        text.AppendLine("| Query | Hits | search p50 ms | p95 | p99 | /api/regions p50 ms | p95 | p99 |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        for (var i = 0; i < measurement.Mix.Count; i++)
        {
            var entry = measurement.Mix[i];
            Row(text, $"{entry.Kind}: `{entry.Query}`", measurement.Totals[i].ToString(CultureInfo.InvariantCulture), new Percentiles(measurement.Search[i]), new Percentiles(measurement.Compare[i]));
        }
        var plain = Enumerable.Range(0, measurement.Mix.Count).Where(i => !measurement.Mix[i].Typo).ToList();
        Row(text, "**mix without typos**", "", new Percentiles(plain.SelectMany(i => measurement.Search[i])), new Percentiles(plain.SelectMany(i => measurement.Compare[i])));
        return text.ToString();
    }

    private static void Row(StringBuilder text, string query, string hits, Percentiles search, Percentiles compare) =>
        text.AppendLine(string.Create(CultureInfo.InvariantCulture,
            $"| {query} | {hits} | {search.At(50):F2} | {search.At(95):F2} | {search.At(99):F2} | {compare.At(50):F2} | {compare.At(95):F2} | {compare.At(99):F2} |"));
}
