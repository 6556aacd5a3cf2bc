using SearchService.Core.Indexing;

namespace SearchService.Api.Metrics;

/// <summary>Counts an endpoint that updates the index as an indexing run (<see cref="ServiceMetrics.IndexingRun"/>),
/// by its answer: 2xx succeeded, 409 busy (another process writes the index), 503 or an exception failed. Answers that
/// refuse the request before any indexing (400, 404, 413, 415, 422) are not runs.</summary>
internal sealed class IndexingRunFilter(string trigger) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var metrics = context.HttpContext.RequestServices.GetRequiredService<ServiceMetrics>();
        object? result;
        try
        {
            result = await next(context);
        }
        catch (Exception) when (Count(metrics, "failed", null))
        {
            throw;
        }
        var answer = EndpointResults.Innermost(result);
        var outcome = (answer as IStatusCodeHttpResult)?.StatusCode switch
        {
            >= 200 and < 300 => "succeeded",
            StatusCodes.Status409Conflict => "busy",
            StatusCodes.Status503ServiceUnavailable => "failed",
            _ => null,
        };
        if (outcome is not null)
        {
            Count(metrics, outcome, (answer as IValueHttpResult)?.Value as UpdateReport);
        }
        return result;
    }

    // False, so that as an exception filter it counts and lets the exception go on unchanged.
    private bool Count(ServiceMetrics metrics, string outcome, UpdateReport? report)
    {
        metrics.IndexingRun(trigger, outcome, report?.Skipped ?? []);
        return false;
    }
}

/// <summary>Marks endpoints that update the index.</summary>
internal static class IndexingRunEndpointExtensions
{
    public static TBuilder CountsIndexingRun<TBuilder>(this TBuilder builder, string trigger) where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(new IndexingRunFilter(trigger));
}
