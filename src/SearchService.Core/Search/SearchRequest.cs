namespace SearchService.Core.Search;

/// <summary>What to search for.</summary>
/// <param name="Query">The query as typed by a person.</param>
/// <param name="Region">Only paragraphs of documents about this region, when set.</param>
/// <param name="Page">1-based page.</param>
/// <param name="PageSize">Hits per page.</param>
/// <param name="MarkParts">Mark only the matched part of a compound in <c>highlight</c> and <c>snippet</c> (default: the whole word).</param>
/// <param name="Organisation">Only paragraphs of documents from this organisation (any case), when set.</param>
/// <param name="DocumentType">Only paragraphs of documents of this type (any case), when set.</param>
/// <param name="Year">Only paragraphs of documents dated in this year, when set.</param>
/// <param name="Municipality">Only paragraphs of documents this municipality published (canonical name), when set.</param>
public sealed record SearchRequest(
    string Query,
    string? Region = null,
    int Page = 1,
    int PageSize = 10,
    bool MarkParts = false,
    string? Organisation = null,
    string? DocumentType = null,
    int? Year = null,
    string? Municipality = null);
