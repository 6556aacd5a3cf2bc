using System.ComponentModel;
using Microsoft.AspNetCore.Http.HttpResults;
using SearchService.Core.Indexing;

namespace SearchService.Api.Facets;

/// <summary>A facet as the pages show it.</summary>
public sealed record FacetLabel(
    [property: Description("The facet's name: its key in `facets`, its filter parameter and its field in `filters`.")] string Name,
    [property: Description("The facet's name on the pages (Swedish).")] string Label);

/// <summary>The facets the service counts, from the one list of facet descriptors, so the pages name
/// a new facet without a change of their own.</summary>
public static class FacetEndpoints
{
    private static readonly IReadOnlyList<FacetLabel> Labels = [.. MetadataFacet.All.Select(f => new FacetLabel(f.Field, f.Label))];

    public static IEndpointRouteBuilder MapFacetEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/facets").WithTags("Facets");
        group.MapGet("/", List)
            .WithName("ListFacets")
            .WithSummary("The facets search counts and filters on, in the order answers list them, with their labels.");
        return endpoints;
    }

    public static Ok<IReadOnlyList<FacetLabel>> List() => TypedResults.Ok(Labels);
}
