using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using SearchService.Core.Indexing;
using SearchService.Core.Search;

namespace SearchService.Bench.Latency;

/// <summary>
/// What a made-up word costs in-process (issue 13, finding 1), as the CPU time of the searching thread per
/// request beside wall time: on a machine others load, wall time is mostly waiting for a core, CPU time is
/// the request's own cost. The requests of <c>bench/soak.lua costly</c> (a different random 16-letter word,
/// or 32 random 14-letter words, each time, so no cache helps), beside a typical query and a misspelt one.
/// </summary>
internal static partial class CostlyWords
{
    private const string Letters = "bcdfghjklmnprstvaeiouy";

    public static string Markdown(string indexFolder, int warmup, int rounds)
    {
        using var index = SteadyIndex.Open(indexFolder);
        var searcher = new ParagraphSearcher(index);
        var random = new Random(13);
        (string Kind, Func<string> Query)[] kinds =
        [
            ("one made-up word, 16 letters", () => MadeUp(random, 16)),
            ("32 made-up words, 14 letters", () => string.Join(' ', Enumerable.Range(0, 32).Select(_ => MadeUp(random, 14)))),
            ("typical: `vårdplatser`", () => "vårdplatser"),
            ("misspelt: `vårdplaster`", () => "vårdplaster"),
        ];
        var text = new StringBuilder("| Request | wall p50 ms | wall p95 ms | CPU p50 ms | CPU p95 ms |\n|---|---:|---:|---:|---:|\n");
        foreach (var (kind, query) in kinds)
        {
            var (wall, cpu) = (new List<double>(), new List<double>());
            for (var i = 0; i < warmup + rounds; i++)
            {
                var request = new SearchRequest(query());
                var (startedCpu, started) = (ThreadCpuMilliseconds(), Stopwatch.GetTimestamp());
                searcher.Search(request);
                if (i >= warmup)
                {
                    wall.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                    cpu.Add(ThreadCpuMilliseconds() - startedCpu);
                }
            }
            var (w, c) = (new Percentiles(wall), new Percentiles(cpu));
            text.AppendLine(string.Create(CultureInfo.InvariantCulture, $"| {kind} | {w.At(50):F2} | {w.At(95):F2} | {c.At(50):F2} | {c.At(95):F2} |"));
        }
        return text.ToString();
    }

    private static string MadeUp(Random random, int length) =>
        new(Enumerable.Range(0, length).Select(_ => Letters[random.Next(Letters.Length)]).ToArray());

    // CLOCK_THREAD_CPUTIME_ID: the calling thread's CPU time, to the nanosecond (Linux).
    private static double ThreadCpuMilliseconds() =>
        ClockGetTime(3, out var time) == 0 ? time.Seconds * 1e3 + time.Nanoseconds / 1e6 : double.NaN;

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int ClockGetTime(int clock, out TimeSpec time);
}
