using System.ComponentModel;
using SearchService.Core.Highlighting;

namespace SearchService.Core.Search;

/// <summary>A page of ranked paragraphs for a query, with facet counts over all matches.</summary>
public sealed record SearchResult(
    [property: Description("The query as given.")] string Query,
    [property: Description("Number of matching paragraphs (with the region filter applied).")] int Total,
    [property: Description("1-based page number.")] int Page,
    [property: Description("Hits per page.")] int PageSize,
    [property: Description("Time spent searching, in milliseconds.")] double TookMs,
    [property: Description("The hits of this page, best first.")] IReadOnlyList<SearchHit> Hits,
    [property: Description("Counts per value (region, organisation, documentType, year) over all matching paragraphs; each facet ignores its own filter so the other values stay visible.")]
    IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Facets,
    [property: Description("The query with misspelt words replaced by the nearest words of the index, when the query as typed matches little or a word was searched as the spelling meant (one the index never has as typed: \"lander\" is searched as \"länder\"); otherwise null.")]
    string? DidYouMean = null,
    [property: Description("Set when fewer than 10 paragraphs have all the words of the query: the hits then also include paragraphs with only some of the words, ranked after those with all of them, and this is how many have all (or, with more than two words, three in four). Null when every hit has them all.")]
    int? AllWordsTotal = null,
    [property: Description("The filters applied, each named as the index names it (region=skane is applied as Skåne); absent filters are left out.")]
    IReadOnlyDictionary<string, string>? Filters = null,
    [property: Description("True when the request's work budget for near spellings and other-diacritics spellings ran out (many rare or very long words), so some words were searched without them.")]
    bool ExpansionsLimited = false);

/// <summary>One matching paragraph.</summary>
public sealed record SearchHit(
    [property: Description("Paragraph id, `{documentId}-p{paragraph}`.")] string Id,
    [property: Description("Id of the document, for `GET /api/documents/{id}`.")] string DocumentId,
    [property: Description("Document title.")] string Title,
    [property: Description("The document's region, or null when it is about none or several.")] string? Region,
    [property: Description("Every region the document mentions.")] IReadOnlyList<string> RegionsMentioned,
    [property: Description("Document date (yyyy-MM-dd), or null.")] string? Date,
    [property: Description("Heading the paragraph stands under, or null.")] string? Section,
    [property: Description("1-based paragraph number within the document.")] int Paragraph,
    [property: Description("Relevance score (Lucene's TF-IDF over the weighted fields); comparable within one answer only.")] float Score,
    [property: Description("The whole paragraph as plain text.")] string Text,
    [property: Description("The whole paragraph, HTML-escaped, with <mark> around every matched word.")] string Highlight,
    [property: Description("The best ~200-character window of the paragraph, escaped and marked like `highlight`, with … where cut.")] string Snippet,
    [property: Description("Matched character ranges of `text` (a compound part as just the part), for rendering without innerHTML.")] IReadOnlyList<TextMark> Marks,
    [property: Description("1-based page the paragraph starts on, for paged sources (PDF); null otherwise.")] int? Page = null,
    [property: Description("Publishing organisation, or null when unknown.")] string? Organisation = null,
    [property: Description("Document type (budget, motion, revisionssvar, nyhet …), or null when unknown.")] string? DocumentType = null,
    [property: Description("Where the original document can be read, or null.")] string? SourceUrl = null,
    [property: Description("The municipality that published the document (e.g. Kiruna), or null when it is no municipality's.")] string? Municipality = null)
{
    /// <summary>With <c>distinct</c>: how many further matches among the best ones have this paragraph's text and were
    /// left out (0: none); null when each match is listed.</summary>
    [Description("With `distinct=true`: how many further matches among the best ones have the same text and were left out (0: none); null otherwise.")]
    public int? SameText { get; init; }
}

/// <summary>A facet value and how many matching paragraphs have it.</summary>
public sealed record FacetValue(
    [property: Description("The value, e.g. a region name.")] string Value,
    [property: Description("Number of matching paragraphs with this value.")] int Count);
