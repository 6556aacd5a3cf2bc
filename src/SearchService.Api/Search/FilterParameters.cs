using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;

namespace SearchService.Api.Search;

/// <summary>The query's parameters with the region filter: what search, the feed and the export take.</summary>
public record FilterParameters : QueryParameters
{
    /// <summary>Region filter.</summary>
    [Description("Only paragraphs of documents about this region: one of the 21 regions as people write it, e.g. Skåne, skane, Stockholms län, Västra Götalandsregionen, Södermanland.")]
    [FromQuery(Name = "region")]
    public string? Region { get; init; }
}
