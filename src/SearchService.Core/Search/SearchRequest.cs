using System.Globalization;
using SearchService.Core.Indexing;

namespace SearchService.Core.Search;

/// <summary>What to search for. The filters are one map keyed by facet field (<see cref="MetadataFacet.Field"/>),
/// so a new facet needs nothing here; <see cref="Region"/>, <see cref="Organisation"/>,
/// <see cref="DocumentType"/>, <see cref="Year"/> and <see cref="Municipality"/> read and set entries of it.</summary>
public sealed record SearchRequest
{
    private readonly FilterValues filters = FilterValues.Empty;

    /// <summary>A request; the named filters are added to <paramref name="Filters"/> (they win on the same field).</summary>
    /// <param name="Query">The query as typed by a person.</param>
    /// <param name="Region">Only paragraphs of documents about this region, when set.</param>
    /// <param name="Page">1-based page.</param>
    /// <param name="PageSize">Hits per page.</param>
    /// <param name="MarkParts">Mark only the matched part of a compound in <c>highlight</c> and <c>snippet</c> (default: the whole word).</param>
    /// <param name="Organisation">Only paragraphs of documents from this organisation (any case), when set.</param>
    /// <param name="DocumentType">Only paragraphs of documents of this type (any case), when set.</param>
    /// <param name="Year">Only paragraphs of documents dated in this year, when set.</param>
    /// <param name="Municipality">Only paragraphs of documents this municipality published (canonical name), when set.</param>
    /// <param name="Filters">Filter values by facet field (canonical where the facet has canonical names), when set.</param>
    // The parameters are named like the properties so that named arguments and JSON read alike.
    public SearchRequest(
        string Query,
        string? Region = null,
        int Page = 1,
        int PageSize = 10,
        bool MarkParts = false,
        string? Organisation = null,
        string? DocumentType = null,
        int? Year = null,
        string? Municipality = null,
        IReadOnlyDictionary<string, string>? Filters = null)
    {
        this.Query = Query;
        this.Page = Page;
        this.PageSize = PageSize;
        this.MarkParts = MarkParts;
        filters = FilterValues.Of(Filters);
        this.Region = Region ?? this.Region;
        this.Organisation = Organisation ?? this.Organisation;
        this.DocumentType = DocumentType ?? this.DocumentType;
        this.Year = Year ?? this.Year;
        this.Municipality = Municipality ?? this.Municipality;
    }

    /// <summary>The query as typed by a person.</summary>
    public string Query { get; init; }

    /// <summary>1-based page.</summary>
    public int Page { get; init; }

    /// <summary>Hits per page.</summary>
    public int PageSize { get; init; }

    /// <summary>Mark only the matched part of a compound in <c>highlight</c> and <c>snippet</c> (default: the whole word).</summary>
    public bool MarkParts { get; init; }

    /// <summary>The order of the hits: best first (the default) or newest document first.</summary>
    public SearchOrder Order { get; init; }

    /// <summary>Each paragraph text once: a match whose text a better one has is left out, and counted on it
    /// (<see cref="SearchHit.SameText"/>; <see cref="DistinctTexts"/>).</summary>
    public bool Distinct { get; init; }

    /// <summary>The filters the request applies: value by facet field; blank values are no filter.</summary>
    public IReadOnlyDictionary<string, string> Filters
    {
        get => filters;
        init => filters = FilterValues.Of(value);
    }

    /// <summary>Only paragraphs of documents about this region (canonical name), when set.</summary>
    public string? Region { get => Filter(ParagraphFields.Region); init => filters = filters.With(ParagraphFields.Region, value); }

    /// <summary>Only paragraphs of documents from this organisation (any case), when set.</summary>
    public string? Organisation { get => Filter(ParagraphFields.Organisation); init => filters = filters.With(ParagraphFields.Organisation, value); }

    /// <summary>Only paragraphs of documents of this type (any case), when set.</summary>
    public string? DocumentType { get => Filter(ParagraphFields.DocumentType); init => filters = filters.With(ParagraphFields.DocumentType, value); }

    /// <summary>Only paragraphs of documents dated in this year, when set.</summary>
    public int? Year
    {
        get => int.TryParse(Filter(ParagraphFields.Year), NumberStyles.Integer, CultureInfo.InvariantCulture, out var year) ? year : null;
        init => filters = filters.With(ParagraphFields.Year, value?.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>Only paragraphs of documents this municipality published (canonical name), when set.</summary>
    public string? Municipality { get => Filter(ParagraphFields.Municipality); init => filters = filters.With(ParagraphFields.Municipality, value); }

    /// <summary>The value the request filters <paramref name="field"/> on, or null.</summary>
    public string? Filter(string field) => filters.TryGetValue(field, out var value) ? value : null;
}
