using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;
using SearchService.Api.Search;

namespace SearchService.Api.Follow;

/// <summary>Query-string parameters of <c>GET /api/search/export</c>.</summary>
public sealed record ExportParameters : QueryParameters
{
    /// <summary>The export's format.</summary>
    [Description("`csv` (the default and only format): comma-separated, RFC 4180 quoting, UTF-8 with a byte-order mark so spreadsheets read å, ä and ö.")]
    [DefaultValue("csv")]
    [FromQuery(Name = "format")]
    public string? Format { get; init; }
}
