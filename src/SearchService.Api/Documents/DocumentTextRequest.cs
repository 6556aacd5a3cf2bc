using System.ComponentModel;

namespace SearchService.Api.Documents;

/// <summary>JSON body of <c>PUT /api/documents/{id}</c> for a document given as text.</summary>
public sealed record DocumentTextRequest(
    [property: Description("The document's text; blank lines separate paragraphs, `# ` marks headings.")] string? Text,
    [property: Description("Title; detected from the text when left out.")] string? Title = null,
    [property: Description("One of the 21 regions, or \"\" for none; detected when left out.")] string? Region = null,
    [property: Description("Publishing organisation, e.g. Region Skåne.")] string? Organisation = null,
    [property: Description("Document type, e.g. budget, motion, revisionssvar, nyhet.")] string? DocumentType = null,
    [property: Description("Date as yyyy-MM-dd; detected when left out.")] string? Date = null,
    [property: Description("Absolute http(s) URL of the original.")] string? SourceUrl = null);
