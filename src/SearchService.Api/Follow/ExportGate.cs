namespace SearchService.Api.Follow;

/// <summary>Bounds how many exports stream at once (<c>Export:MaxConcurrent</c>, default 2): an export reads
/// every match and holds its index version while it streams, so more at once would starve searches.
/// Each client is further bounded by the API's rate limit.</summary>
public sealed class ExportGate(int maxConcurrent) : IDisposable
{
    public const string MaxConcurrentKey = "Export:MaxConcurrent";
    public const int DefaultMaxConcurrent = 2;

    private readonly SemaphoreSlim slots = new(maxConcurrent, maxConcurrent);

    /// <summary>The gate <c>Export:MaxConcurrent</c> configures.</summary>
    public static ExportGate From(IConfiguration configuration) => new(configuration.GetValue(MaxConcurrentKey, DefaultMaxConcurrent));

    /// <summary>A slot to dispose when the export ends, or null when all are taken.</summary>
    public IDisposable? TryEnter() => slots.Wait(0) ? new Slot(slots) : null;

    public void Dispose() => slots.Dispose();

    private sealed class Slot(SemaphoreSlim slots) : IDisposable
    {
        private int released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref released, 1) == 0)
            {
                slots.Release();
            }
        }
    }
}
