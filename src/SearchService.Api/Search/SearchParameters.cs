using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;

namespace SearchService.Api.Search;

/// <summary>Query-string parameters of <c>GET /api/search</c>.</summary>
public sealed record SearchParameters
{
    /// <summary>The query.</summary>
    [Description("What to search for: words, \"quoted phrases\", -exclude, prefix*, OR/ELLER, OCH, INTE, parentheses.")]
    [FromQuery(Name = "q")]
    public string? Q { get; init; }

    /// <summary>Region filter.</summary>
    [Description("Only paragraphs of documents about this region (one of the 21 regions, e.g. Skåne).")]
    [FromQuery(Name = "region")]
    public string? Region { get; init; }

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

    /// <summary>What highlighting marks.</summary>
    [Description("`word` (default): `highlight` and `snippet` mark whole words; `part`: they mark just the matched part of a compound, like `marks`.")]
    [FromQuery(Name = "highlight")]
    public string? Highlight { get; init; }
}
