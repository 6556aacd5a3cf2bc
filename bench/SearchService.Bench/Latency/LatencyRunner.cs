using System.Diagnostics;
using System.Globalization;
using System.Text;
using SearchService.Core.Search;

namespace SearchService.Bench.Latency;

/// <summary>
/// Measures in-process search latency through <see cref="ParagraphSearcher"/> (parsing, ranking,
/// facets, stored fields and highlighting of a 10-hit page): the mix is warmed up, then run round
/// after round, interleaved so that each kind sees the same caches.
/// </summary>
internal static class LatencyRunner
{
    /// <summary>Wall-clock timings per mix entry in milliseconds, each entry's total hits, and its mean
    /// process CPU time per query (robust to a busy machine, where wall time includes waiting for a core).</summary>
    public sealed record Measurement(IReadOnlyList<QueryMix.Entry> Mix, IReadOnlyList<List<double>> Timings, IReadOnlyList<int> Totals, IReadOnlyList<double> MeanCpu);

    public static Measurement Run(string indexFolder, int warmupRounds, int rounds)
    {
        using var index = SteadyIndex.Open(indexFolder);
        var searcher = new ParagraphSearcher(index);
        var mix = QueryMix.All;
        var timings = mix.Select(_ => new List<double>(rounds)).ToList();
        var totals = new int[mix.Count];
        var cpu = new double[mix.Count];
        using var process = Process.GetCurrentProcess();
        for (var round = 0; round < warmupRounds + rounds; round++)
        {
            for (var i = 0; i < mix.Count; i++)
            {
                process.Refresh();
                var cpuBefore = process.TotalProcessorTime;
                var started = Stopwatch.GetTimestamp();
                var result = searcher.Search(new SearchRequest(mix[i].Query, mix[i].Region));
                var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                process.Refresh();
                totals[i] = result.Total;
                if (round >= warmupRounds)
                {
                    timings[i].Add(elapsed);
                    // Coarse per call (clock ticks), unbiased as a mean over many rounds.
                    cpu[i] += (process.TotalProcessorTime - cpuBefore).TotalMilliseconds / rounds;
                }
            }
        }
        return new Measurement(mix, timings, totals, cpu);
    }

    /// <summary>The measurement as markdown: one row per query and the two summary rows the targets are about.</summary>
    public static string Markdown(Measurement measurement)
    {
        var text = new StringBuilder();
        text.AppendLine("| Query | Region | Hits | p50 ms | p95 ms | p99 ms | CPU ms (mean) |");
        text.AppendLine("|---|---|---:|---:|---:|---:|---:|");
        for (var i = 0; i < measurement.Mix.Count; i++)
        {
            var entry = measurement.Mix[i];
            Row(text, $"{entry.Kind}: `{entry.Query}`", entry.Region ?? "–", measurement.Totals[i].ToString(CultureInfo.InvariantCulture), new Percentiles(measurement.Timings[i]), measurement.MeanCpu[i]);
        }
        Row(text, "**mix without typos**", "both", "", Pooled(measurement, typo: false), MeanCpu(measurement, typo: false));
        Row(text, "**misspelled**", "both", "", Pooled(measurement, typo: true), MeanCpu(measurement, typo: true));
        return text.ToString();
    }

    private static Percentiles Pooled(Measurement measurement, bool typo) =>
        new(measurement.Mix.Select((entry, i) => (entry, i)).Where(p => p.entry.Typo == typo).SelectMany(p => measurement.Timings[p.i]));

    private static double MeanCpu(Measurement measurement, bool typo) =>
        measurement.Mix.Select((entry, i) => (entry, i)).Where(p => p.entry.Typo == typo).Average(p => measurement.MeanCpu[p.i]);

    private static void Row(StringBuilder text, string query, string region, string hits, Percentiles p, double cpu) =>
        text.AppendLine(string.Create(CultureInfo.InvariantCulture, $"| {query} | {region} | {hits} | {p.At(50):F2} | {p.At(95):F2} | {p.At(99):F2} | {cpu:F2} |"));
}
