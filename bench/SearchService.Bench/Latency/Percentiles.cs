namespace SearchService.Bench.Latency;

/// <summary>Nearest-rank percentiles of a set of timings in milliseconds.</summary>
internal sealed class Percentiles
{
    private readonly double[] sorted;

    public Percentiles(IEnumerable<double> milliseconds)
    {
        sorted = [.. milliseconds.Order()];
        if (sorted.Length == 0)
        {
            throw new ArgumentException("No timings.", nameof(milliseconds));
        }
    }

    public int Count => sorted.Length;

    public double Mean => sorted.Average();

    /// <summary>The smallest timing at or above which <paramref name="percent"/>% of timings fall.</summary>
    public double At(double percent) => sorted[Math.Clamp((int)Math.Ceiling(percent / 100 * sorted.Length) - 1, 0, sorted.Length - 1)];
}
