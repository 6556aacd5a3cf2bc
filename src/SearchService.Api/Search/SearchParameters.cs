using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;

namespace SearchService.Api.Search;

/// <summary>Query-string parameters of <c>GET /api/search</c>: the query's, paging, order and distinct texts.</summary>
public sealed record SearchParameters : QueryParameters
{
    /// <summary>1-based page.</summary>
    [Description("1-based page number.")]
    [DefaultValue(1)]
    [FromQuery(Name = "page")]
    public int? Page { get; init; }

    /// <summary>Hits per page.</summary>
    [Description("Hits per page, 1 to 100.")]
    [DefaultValue(10)]
    [FromQuery(Name = "pageSize")]
    public int? PageSize { get; init; }

    /// <summary>The order of the hits.</summary>
    [Description("`relevance` (default): best first; `newest`: newest document first, best first within a date, undated documents last. The same matches, totals and facets either way.")]
    [FromQuery(Name = "sort")]
    public string? Sort { get; init; }

    /// <summary>Each paragraph text once.</summary>
    [Description("`true`: each paragraph text once: a match whose text (case and white space aside) a better one has is left out and counted in that hit's `sameText`; pages go 500 hits deep. `false` (default): every match.")]
    [FromQuery(Name = "distinct")]
    public bool? Distinct { get; init; }
}
