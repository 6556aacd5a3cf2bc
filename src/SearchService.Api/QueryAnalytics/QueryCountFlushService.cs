using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace SearchService.Api.QueryAnalytics;

/// <summary>Writes the held query counts to the database on a timer and once more when the service stops.</summary>
internal sealed class QueryCountFlushService(QueryCounter counter, IOptions<AnalyticsOptions> options, ILogger<QueryCountFlushService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(options.Value.FlushIntervalSeconds));
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                Flush();
            }
        }
        catch (OperationCanceledException)
        {
            // Stopping: the last flush follows.
        }
        Flush();
    }

    private void Flush()
    {
        try
        {
            counter.Flush();
        }
        catch (Exception e) when (e is SqliteException or IOException or UnauthorizedAccessException)
        {
            logger.LogError(e, "Could not write query counts to {DatabasePath}; the counts held since the last write are lost", options.Value.DatabasePath);
        }
    }
}
