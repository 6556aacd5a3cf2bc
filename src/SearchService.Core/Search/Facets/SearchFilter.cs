using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using SearchService.Core.Indexing;

namespace SearchService.Core.Search.Facets;

/// <summary>One field filter of a search: paragraphs whose <see cref="MetadataFacet.Field"/> holds <paramref name="Term"/>.</summary>
/// <param name="Facet">The facet filtered on.</param>
/// <param name="Term">Exact term as indexed (canonical region name; lower-cased organisation, type, year).</param>
internal sealed record SearchFilter(MetadataFacet Facet, string Term)
{
    /// <summary>A filter on the facet of <paramref name="field"/> in <see cref="MetadataFacet.All"/>.</summary>
    public SearchFilter(string field, string term)
        : this(MetadataFacet.For(field), term)
    {
    }

    /// <summary>Index field, also the facet's name.</summary>
    public string Field => Facet.Field;

    /// <summary>The fields that are both filters and facets, in the order facets are listed.</summary>
    public static IReadOnlyList<string> FacetFields { get; } = [.. MetadataFacet.All.Select(f => f.Field)];

    /// <summary>The filters a request asks for.</summary>
    public static IReadOnlyList<SearchFilter> Of(SearchRequest request) =>
        [.. MetadataFacet.Applied(request).Select(p => new SearchFilter(p.Key, MetadataFacet.For(p.Key).Term(p.Value)))];

    /// <summary>Whether a paragraph whose facet value (as stored in doc values) is <paramref name="value"/> passes the filter.</summary>
    public bool Accepts(string value) => string.Equals(Facet.Term(value), Term, StringComparison.Ordinal);

    /// <summary>Which ordinals of a segment's doc values hold a value the filter accepts; null when the
    /// segment lacks the field (nothing passes).</summary>
    internal bool[]? AcceptedOrdinals(SortedDocValues? values)
    {
        if (values is null)
        {
            return null;
        }
        var accepted = new bool[values.ValueCount];
        var term = new BytesRef();
        for (var ordinal = 0; ordinal < accepted.Length; ordinal++)
        {
            values.LookupOrd(ordinal, term);
            accepted[ordinal] = Accepts(term.Utf8ToString());
        }
        return accepted;
    }

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
