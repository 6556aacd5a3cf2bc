using System.ComponentModel;

namespace SearchService.Core.Search.Documents;

/// <summary>A document's metadata and size, as listed by <c>GET /api/documents</c>.</summary>
public sealed record DocumentSummary(
    [property: Description("Document id (file name without extension).")] string Id,
    [property: Description("Document title.")] string Title,
    [property: Description("The document's region, or null when it is about none or several.")] string? Region,
    [property: Description("Publishing organisation, or null when unknown.")] string? Organisation,
    [property: Description("Document type, or null when unknown.")] string? DocumentType,
    [property: Description("Document date (yyyy-MM-dd), or null.")] string? Date,
    [property: Description("Where the original document can be read, or null.")] string? SourceUrl,
    [property: Description("The source file's name.")] string? FileName,
    [property: Description("Number of indexed paragraphs.")] int Paragraphs);

/// <summary>A page of listed documents.</summary>
public sealed record DocumentList(
    [property: Description("Number of documents matching the filters.")] int Total,
    [property: Description("1-based page number.")] int Page,
    [property: Description("Documents per page.")] int PageSize,
    [property: Description("The documents of this page, by id.")] IReadOnlyList<DocumentSummary> Documents);
