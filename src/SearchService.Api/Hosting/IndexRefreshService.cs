using Microsoft.Extensions.Options;
using SearchService.Core;
using SearchService.Core.Search;

namespace SearchService.Api.Hosting;

/// <summary>Looks for a newer index commit on a timer so that a re-index by the CLI is served
/// without a restart; requests in flight keep the searcher they leased.</summary>
internal sealed class IndexRefreshService(ParagraphIndex index, IOptions<SearchOptions> options, ILogger<IndexRefreshService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(options.Value.RefreshIntervalSeconds));
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                if (index.Refresh())
                {
                    logger.LogInformation("Switched to a newer index commit");
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                logger.LogError(e, "Could not refresh the index; still serving the previous commit");
            }
        }
    }
}
