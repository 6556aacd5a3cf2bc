using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;

namespace SearchService.Api.Search;

/// <summary>Query-string parameters every query endpoint takes: the query and what highlighting marks.
/// The facet filters are bound from the facet list instead (<see cref="FacetFilterParameters"/>).</summary>
public record QueryParameters
{
    /// <summary>The query.</summary>
    [Description("What to search for: words, \"quoted phrases\", -exclude, prefix*, OR/ELLER, OCH, INTE, parentheses.")]
    [FromQuery(Name = "q")]
    public string? Q { get; init; }

    /// <summary>What highlighting marks.</summary>
    [Description("`word` (default): `highlight` and `snippet` mark whole words; `part`: they mark just the matched part of a compound, like `marks`.")]
    [FromQuery(Name = "highlight")]
    public string? Highlight { get; init; }
}
