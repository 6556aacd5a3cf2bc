using SearchService.Core.Indexing;

namespace SearchService.Api.Facets;

/// <summary>The facets the service indexes, filters on, counts and lists: <see cref="MetadataFacet.All"/>
/// unless the host configures others (<c>services.Configure&lt;FacetOptions&gt;(o =&gt; o.Facets.Add(…))</c>).</summary>
public sealed class FacetOptions
{
    /// <summary>The facet descriptors, in the order answers list them.</summary>
    public List<MetadataFacet> Facets { get; } = [.. MetadataFacet.All];
}
