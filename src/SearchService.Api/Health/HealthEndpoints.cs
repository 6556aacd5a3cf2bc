using System.ComponentModel;
using Microsoft.AspNetCore.Http.HttpResults;
using SearchService.Api.Hosting;
using SearchService.Core.Search;

namespace SearchService.Api.Health;

/// <summary>Readiness and index state, for load balancers and operators.</summary>
public static class HealthEndpoints
{
    /// <summary>The service's health.</summary>
    public sealed record HealthReport(
        [property: Description("healthy; warming (503: searching already, but still compiling its code after start-up, for a few seconds); or unhealthy (503).")] string Status,
        [property: Description("Statistics of the index being served.")] IndexStatistics? Index,
        [property: Description("Why the service is unhealthy, when it is.")] string? Error);

    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/health", GetHealth)
            .WithTags("Health")
            .WithName("Health")
            .WithSummary("Whether the service can search, with the served index's size and last commit time.")
            .Produces<HealthReport>(StatusCodes.Status503ServiceUnavailable);
        return endpoints;
    }

    /// <summary>What an unhealthy answer says: an exception's message names paths and internals, which
    /// are for the operator's log, not for anyone who can reach <c>/health</c>.</summary>
    public const string UnreadableIndex = "The index cannot be read; the service's log says why.";

    public static Results<Ok<HealthReport>, JsonHttpResult<HealthReport>> GetHealth(ParagraphIndex index, SearchWarmUp warmUp, ILoggerFactory loggers)
    {
        try
        {
            var statistics = index.Statistics();
            return warmUp.Finished
                ? TypedResults.Ok(new HealthReport("healthy", statistics, null))
                : TypedResults.Json(new HealthReport("warming", statistics, null), statusCode: StatusCodes.Status503ServiceUnavailable);
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException)
        {
            loggers.CreateLogger("SearchService.Health").LogError(e, "Health check failed: the index cannot be read");
            return TypedResults.Json(new HealthReport("unhealthy", null, UnreadableIndex), statusCode: StatusCodes.Status503ServiceUnavailable);
        }
    }
}
