using SearchService.Api.QueryAnalytics;
using SearchService.Core.Search;

namespace SearchService.Api.Metrics;

/// <summary>Counts every answered search, from the engine or the result cache: in the metrics
/// (<see cref="ServiceMetrics.Searched"/>) and in the query analytics (<see cref="QueryCounter.Searched"/>).</summary>
internal sealed class SearchCountFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var result = await next(context);
        if ((EndpointResults.Innermost(result) as IValueHttpResult)?.Value is SearchResult search)
        {
            var services = context.HttpContext.RequestServices;
            var metrics = services.GetRequiredService<ServiceMetrics>();
            metrics.Searched(search.Total);
            if (search.ExpansionsLimited)
            {
                metrics.WorkBudgetExhausted();
            }
            services.GetRequiredService<QueryCounter>().Searched(search.Query, search.Page, search.Total);
        }
        return result;
    }
}

/// <summary>Marks the endpoint whose answers are searches to count.</summary>
internal static class SearchCountEndpointExtensions
{
    public static TBuilder CountsSearches<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(new SearchCountFilter());
}
