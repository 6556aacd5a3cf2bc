using Microsoft.AspNetCore.Http.HttpResults;
using SearchService.Api.Hosting;
using SearchService.Api.Search;
using SearchService.Core.Indexing;
using SearchService.Core.Search.Facets;

namespace SearchService.Api.Regions;

/// <summary>The comparison of all regions for one query.</summary>
public static class RegionEndpoints
{
    public static IEndpointRouteBuilder MapRegionEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/regions").WithTags("Regions");
        group.MapGet("/", Compare)
            .WithName("CompareRegions")
            .FiltersOnFacets(except: ParagraphFields.Region)
            .WithSummary("How every region writes about a query: matching paragraphs and documents, share per 10,000 of its paragraphs, matches per year and its best 3 paragraphs.")
            .WithDescription("The 21 regions in the official order, then `nationellt` for documents about no single region. Counts are exact and equal the search's `facets.region` for the same query and filters; the best paragraphs are ranked and marked exactly as search gives them.");
        return endpoints;
    }

    public static Results<WholeJsonResult<RegionComparisonResult>, ValidationProblem> Compare([AsParameters] QueryParameters parameters, RegionComparison comparison, HttpContext http) =>
        SearchEndpoints.Answer(parameters, http, "The comparison request is not valid.", request => new WholeJsonResult<RegionComparisonResult>(comparison.Compare(request)));
}
