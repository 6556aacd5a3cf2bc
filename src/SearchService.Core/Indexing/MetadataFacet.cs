using System.Globalization;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;
using LuceneField = Lucene.Net.Documents.Field;
using SearchService.Core.Documents;
using SearchService.Core.Search;
using SearchService.Core.Search.Facets;

namespace SearchService.Core.Indexing;

/// <summary>
/// One document-level field that is both a filter and a facet: where its value comes from in the
/// metadata, how it is indexed (a term to filter on, the value stored for hits and as sorted doc values
/// for counting), how a request's value for it is checked (<see cref="Rule"/>), how the API describes
/// its parameter and the label pages show for it. Indexing, filters (<see cref="SearchRequest.Filters"/>,
/// keyed by <see cref="Field"/>), facet counts, the API's filter parameters and their validation, and
/// the pages' facet labels (<c>GET /api/facets</c>) all read this list, so a new facet is one entry here.
/// </summary>
/// <param name="Field">Index field, also the facet's name, its key in <see cref="SearchRequest.Filters"/> and the request parameter's name.</param>
/// <param name="Value">The document's value, or null when it has none (a field the model does not carry reads <see cref="DocumentMetadata.Fields"/>).</param>
/// <param name="ExactTerm">Whether the term is the value as written (canonical place names) rather than lower-cased (free text).</param>
/// <param name="Label">The facet's name on the pages (Swedish).</param>
public sealed record MetadataFacet(
    string Field,
    Func<DocumentMetadata, string?> Value,
    bool ExactTerm,
    string Label)
{
    /// <summary>Earliest year a request may filter on.</summary>
    public const int MinYear = 1900;

    /// <summary>Latest year a request may filter on.</summary>
    public const int MaxYear = 2100;

    /// <summary>How a request's value is checked and made canonical (free text by default).</summary>
    public FilterRule Rule { get; init; } = FilterRule.Text;

    /// <summary>What the request parameter does, for the API's description.</summary>
    public string Description { get; init; } = $"Only paragraphs of documents with this {Field} (any case); values as in facets.{Field}.";

    /// <summary>A value of the request parameter that finds something in the seed documents, for the API's description.</summary>
    public string? Example { get; init; }

    /// <summary>The facets in the order answers list them.</summary>
    public static IReadOnlyList<MetadataFacet> All { get; } =
    [
        new(ParagraphFields.Region, m => m.Region, ExactTerm: true, "Region")
        {
            Rule = FilterRule.Place(SwedishRegions.Canonical, $"Use one of: {string.Join(", ", SwedishRegions.All.Select(r => r.Name))}."),
            Description = "Only paragraphs of documents about this region: one of the 21 regions as people write it, e.g. Skåne, skane, Stockholms län, Västra Götalandsregionen, Södermanland.",
            Example = "Skåne",
        },
        new(ParagraphFields.Organisation, m => m.Organisation, ExactTerm: false, "Organisation")
        {
            Description = "Only paragraphs of documents from this organisation (any case), e.g. Region Skåne; values as in facets.organisation.",
            Example = "Region Värmland",
        },
        new(ParagraphFields.DocumentType, m => m.DocumentType, ExactTerm: false, "Dokumenttyp")
        {
            Description = "Only paragraphs of documents of this type (any case), e.g. budget, motion, revisionssvar, nyhet.",
            Example = "budget",
        },
        new(ParagraphFields.Year, m => m.Date?.Year.ToString(CultureInfo.InvariantCulture), ExactTerm: false, "År")
        {
            Rule = FilterRule.Year(MinYear, MaxYear),
            Description = "Only paragraphs of documents dated in this year, e.g. 2023.",
            Example = "2023",
        },
        new(ParagraphFields.Municipality, m => m.Municipality, ExactTerm: true, "Kommun")
        {
            Rule = FilterRule.Place(v => SwedishMunicipalities.Find(v)?.Name, "Use one of Sweden's 290 municipalities, e.g. Kiruna, Malmö, Umeå."),
            Description = "Only paragraphs of documents a municipality published: one of the 290 as people write it, e.g. Kiruna, Malmö stad, umea kommun.",
            Example = "Kiruna",
        },
    ];

    /// <summary>The facet of <paramref name="field"/>.</summary>
    public static MetadataFacet For(string field) => All.Single(f => f.Field == field);

    /// <summary>The filters <paramref name="request"/> applies that are facets of <paramref name="facets"/>
    /// (by default <see cref="All"/>), by field in the list's order, with the values it asked for.</summary>
    public static IReadOnlyDictionary<string, string> Applied(SearchRequest request, IReadOnlyList<MetadataFacet>? facets = null) =>
        (facets ?? All).Select(f => (f.Field, Value: request.Filter(f.Field))).Where(p => p.Value is not null)
            .ToDictionary(p => p.Field, p => p.Value!, StringComparer.Ordinal);

    /// <summary>The term a filter looks for, and the one indexed, for a value of this field.</summary>
    public string Term(string value) => ExactTerm ? value : ParagraphDocumentFactory.FilterTerm(value);

    /// <summary>Adds the document's value to the fields every paragraph of it carries.</summary>
    internal void AddTo(List<IIndexableField> fields, DocumentMetadata metadata)
    {
        if (Value(metadata) is not { } value)
        {
            return;
        }
        fields.Add(new StringField(Field, Term(value), LuceneField.Store.NO));
        fields.Add(new StoredField(Field, value));
        fields.Add(new SortedDocValuesField(Field, new BytesRef(value)));
    }
}
