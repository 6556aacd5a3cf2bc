using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;

namespace SearchService.Api.Search;

/// <summary>Query-string parameters every query endpoint takes: the query, the filters other than
/// region, and what highlighting marks (<c>GET /api/regions</c> takes just these).</summary>
public record QueryParameters
{
    /// <summary>The query.</summary>
    [Description("What to search for: words, \"quoted phrases\", -exclude, prefix*, OR/ELLER, OCH, INTE, parentheses.")]
    [FromQuery(Name = "q")]
    public string? Q { get; init; }

    /// <summary>Organisation filter.</summary>
    [Description("Only paragraphs of documents from this organisation (any case), e.g. Region Skåne; values as in facets.organisation.")]
    [FromQuery(Name = "organisation")]
    public string? Organisation { get; init; }

    /// <summary>Document type filter.</summary>
    [Description("Only paragraphs of documents of this type (any case), e.g. budget, motion, revisionssvar, nyhet.")]
    [FromQuery(Name = "documentType")]
    public string? DocumentType { get; init; }

    /// <summary>Year filter.</summary>
    [Description("Only paragraphs of documents dated in this year, e.g. 2023.")]
    [FromQuery(Name = "year")]
    public int? Year { get; init; }

    /// <summary>Municipality filter.</summary>
    [Description("Only paragraphs of documents a municipality published: one of the 290 as people write it, e.g. Kiruna, Malmö stad, umea kommun.")]
    [FromQuery(Name = "municipality")]
    public string? Municipality { get; init; }

    /// <summary>What highlighting marks.</summary>
    [Description("`word` (default): `highlight` and `snippet` mark whole words; `part`: they mark just the matched part of a compound, like `marks`.")]
    [FromQuery(Name = "highlight")]
    public string? Highlight { get; init; }
}
