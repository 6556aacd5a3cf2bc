using System.Globalization;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;
using LuceneField = Lucene.Net.Documents.Field;
using SearchService.Core.Documents;
using SearchService.Core.Search;

namespace SearchService.Core.Indexing;

/// <summary>
/// One document-level field that is both a filter and a facet: where its value comes from in the
/// metadata, which request parameter filters on it, and how it is indexed (a term to filter on, the
/// value stored for hits and as sorted doc values for counting), and the label pages show for it.
/// Indexing, filters, facet counts and the pages' facet labels (<c>GET /api/facets</c>) all read this
/// list, so a new facet is one entry here; a request parameter for it is still added to the API by hand.
/// </summary>
/// <param name="Field">Index field, also the facet's and the request parameter's name.</param>
/// <param name="Value">The document's value, or null when it has none.</param>
/// <param name="Requested">The value a request filters on (already canonical where the field has canonical names), or null.</param>
/// <param name="ExactTerm">Whether the term is the value as written (canonical place names) rather than lower-cased (free text).</param>
/// <param name="Label">The facet's name on the pages (Swedish).</param>
public sealed record MetadataFacet(
    string Field,
    Func<DocumentMetadata, string?> Value,
    Func<SearchRequest, string?> Requested,
    bool ExactTerm,
    string Label)
{
    /// <summary>The facets in the order answers list them.</summary>
    public static IReadOnlyList<MetadataFacet> All { get; } =
    [
        new(ParagraphFields.Region, m => m.Region, r => r.Region, ExactTerm: true, "Region"),
        new(ParagraphFields.Organisation, m => m.Organisation, r => r.Organisation, ExactTerm: false, "Organisation"),
        new(ParagraphFields.DocumentType, m => m.DocumentType, r => r.DocumentType, ExactTerm: false, "Dokumenttyp"),
        new(ParagraphFields.Year, m => m.Date?.Year.ToString(CultureInfo.InvariantCulture), r => r.Year?.ToString(CultureInfo.InvariantCulture), ExactTerm: false, "År"),
        new(ParagraphFields.Municipality, m => m.Municipality, r => r.Municipality, ExactTerm: true, "Kommun"),
    ];

    /// <summary>The facet of <paramref name="field"/>.</summary>
    public static MetadataFacet For(string field) => All.Single(f => f.Field == field);

    /// <summary>The filters <paramref name="request"/> applies, by field, with the values it asked for.</summary>
    public static IReadOnlyDictionary<string, string> Applied(SearchRequest request) =>
        All.Select(f => (f.Field, Value: f.Requested(request))).Where(p => !string.IsNullOrWhiteSpace(p.Value))
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
