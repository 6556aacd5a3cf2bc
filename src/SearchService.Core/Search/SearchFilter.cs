using Lucene.Net.Index;
using Lucene.Net.Search;
using SearchService.Core.Indexing;

namespace SearchService.Core.Search;

/// <summary>One field filter of a search: paragraphs whose <paramref name="Field"/> holds <paramref name="Term"/>.</summary>
/// <param name="Field">Index field, also the facet's name.</param>
/// <param name="Term">Exact term as indexed (canonical region name; lower-cased organisation, type, year).</param>
public sealed record SearchFilter(string Field, string Term)
{
    /// <summary>The fields that are both filters and facets, in the order facets are listed.</summary>
    public static IReadOnlyList<string> FacetFields { get; } =
        [ParagraphFields.Region, ParagraphFields.Organisation, ParagraphFields.DocumentType, ParagraphFields.Year];

    /// <summary>The filters a request asks for.</summary>
    public static IReadOnlyList<SearchFilter> Of(SearchRequest request)
    {
        var filters = new List<SearchFilter>();
        if (request.Region is not null)
        {
            filters.Add(new SearchFilter(ParagraphFields.Region, request.Region));
        }
        if (!string.IsNullOrWhiteSpace(request.Organisation))
        {
            filters.Add(new SearchFilter(ParagraphFields.Organisation, ParagraphDocumentFactory.FilterTerm(request.Organisation)));
        }
        if (!string.IsNullOrWhiteSpace(request.DocumentType))
        {
            filters.Add(new SearchFilter(ParagraphFields.DocumentType, ParagraphDocumentFactory.FilterTerm(request.DocumentType)));
        }
        if (request.Year is { } year)
        {
            filters.Add(new SearchFilter(ParagraphFields.Year, year.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }
        return filters;
    }

    /// <summary>Whether a paragraph whose facet value (as stored in doc values) is <paramref name="value"/> passes
    /// the filter: the region is matched as written, other fields by their lower-cased filter term.</summary>
    public bool Accepts(string value) =>
        string.Equals(Field == ParagraphFields.Region ? value : ParagraphDocumentFactory.FilterTerm(value), Term, StringComparison.Ordinal);

    /// <summary>A query every filter must match, or null when there are none.</summary>
    public static Query? ToQuery(IReadOnlyList<SearchFilter> filters)
    {
        if (filters.Count == 0)
        {
            return null;
        }
        var all = new BooleanQuery();
        foreach (var filter in filters)
        {
            all.Add(new TermQuery(new Term(filter.Field, filter.Term)), Occur.MUST);
        }
        return all;
    }
}
