using Microsoft.Extensions.Options;
using SearchService.Api.Facets;
using SearchService.Core.Indexing;

namespace SearchService.Api.Search;

/// <summary>Endpoint metadata: the endpoint takes a filter parameter for every facet of the service's
/// list (<see cref="FacetOptions"/>) but those of <paramref name="Except"/>; validation binds them from
/// the query string and the OpenAPI document describes them, both from the descriptors.</summary>
/// <param name="Except">Facet fields the endpoint takes no filter on (the region comparison compares regions).</param>
internal sealed record FacetFilterParameters(params string[] Except)
{
    /// <summary>The facets whose filters the endpoint takes.</summary>
    public IEnumerable<MetadataFacet> Of(IServiceProvider services) =>
        services.GetRequiredService<IOptions<FacetOptions>>().Value.Facets.Where(f => !Except.Contains(f.Field));
}

/// <summary>Declares which facet filters an endpoint takes.</summary>
internal static class FacetFilterEndpoints
{
    /// <summary>The endpoint takes every facet's filter parameter but those of <paramref name="except"/>.</summary>
    public static RouteHandlerBuilder FiltersOnFacets(this RouteHandlerBuilder endpoint, params string[] except) =>
        endpoint.WithMetadata(new FacetFilterParameters(except));
}
