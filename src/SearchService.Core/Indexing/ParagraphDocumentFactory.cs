using System.Globalization;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;
using SearchService.Core.Analysis;
using SearchService.Core.Documents;

namespace SearchService.Core.Indexing;

/// <summary>Maps a paragraph with its document's metadata to the Lucene document that stores it.</summary>
public static class ParagraphDocumentFactory
{
    /// <summary>The Lucene documents of all paragraphs of <paramref name="document"/>, in order, each
    /// carrying <paramref name="contentHash"/> of the source it came from; with
    /// <see cref="AnalysisMode.Swedish"/> the text is also indexed as parts, folded and as written.</summary>
    public static IEnumerable<Document> Create(ParsedDocument document, AnalysisMode mode = AnalysisMode.Swedish, string contentHash = "") =>
        document.Paragraphs.Select(p => Create(document, p, mode, contentHash));

    // Parts are only searched as single terms, never in phrases: frequencies and norms for BM25, no positions.
    private static readonly FieldType PartsType = Frozen(new FieldType(TextField.TYPE_NOT_STORED) { IndexOptions = IndexOptions.DOCS_AND_FREQS });

    // The words as written only feed "did you mean" (their terms and document frequencies): no scoring data.
    private static readonly FieldType WordsType = Frozen(new FieldType(TextField.TYPE_NOT_STORED) { IndexOptions = IndexOptions.DOCS_ONLY, OmitNorms = true });

    /// <summary>The paragraph id used in the index and the API.</summary>
    public static string ParagraphId(string documentId, int number) =>
        string.Create(CultureInfo.InvariantCulture, $"{documentId}-p{number}");

    private static FieldType Frozen(FieldType type)
    {
        type.Freeze();
        return type;
    }

    private static Document Create(ParsedDocument document, Paragraph paragraph, AnalysisMode mode, string contentHash)
    {
        var metadata = document.Metadata;
        var lucene = new Document
        {
            new StringField(ParagraphFields.Id, ParagraphId(document.Id, paragraph.Number), Field.Store.YES),
            new StringField(ParagraphFields.DocumentId, document.Id, Field.Store.YES),
            new TextField(ParagraphFields.Title, metadata.Title, Field.Store.YES),
            new TextField(ParagraphFields.Text, paragraph.Text, Field.Store.YES),
            new StoredField(ParagraphFields.Number, paragraph.Number),
            new NumericDocValuesField(ParagraphFields.Number, paragraph.Number),
            new StoredField(ParagraphFields.StartOffset, paragraph.StartOffset),
            new StoredField(ParagraphFields.EndOffset, paragraph.EndOffset),
            new StoredField(ParagraphFields.FileName, document.FileName),
            new SortedDocValuesField(ParagraphFields.ContentHash, new BytesRef(contentHash)),
        };
        if (paragraph.Page is { } page)
        {
            lucene.Add(new StoredField(ParagraphFields.Page, page));
        }
        AddFacet(lucene, ParagraphFields.Organisation, metadata.Organisation);
        AddFacet(lucene, ParagraphFields.DocumentType, metadata.DocumentType);
        AddFacet(lucene, ParagraphFields.Year, metadata.Date?.Year.ToString(CultureInfo.InvariantCulture));
        if (metadata.SourceUrl is not null)
        {
            lucene.Add(new StoredField(ParagraphFields.SourceUrl, metadata.SourceUrl));
        }
        if (mode == AnalysisMode.Swedish)
        {
            lucene.Add(new Field(ParagraphFields.TextParts, paragraph.Text, PartsType));
            lucene.Add(new TextField(ParagraphFields.TextFolded, paragraph.Text, Field.Store.NO));
            lucene.Add(new Field(ParagraphFields.TextWords, paragraph.Text, WordsType));
        }
        if (paragraph.Section is not null)
        {
            lucene.Add(new TextField(ParagraphFields.Section, paragraph.Section, Field.Store.YES));
        }
        if (metadata.Region is not null)
        {
            lucene.Add(new StringField(ParagraphFields.Region, metadata.Region, Field.Store.YES));
            lucene.Add(new SortedDocValuesField(ParagraphFields.Region, new BytesRef(metadata.Region)));
        }
        foreach (var region in metadata.RegionsMentioned)
        {
            lucene.Add(new StoredField(ParagraphFields.RegionsMentioned, region));
        }
        if (metadata.Date is { } date)
        {
            lucene.Add(new StringField(ParagraphFields.Date, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Field.Store.YES));
        }
        return lucene;
    }

    // Filters match the lower-cased term so "region skåne" finds "Region Skåne"; facets show the value as written.
    private static void AddFacet(Document lucene, string field, string? value)
    {
        if (value is null)
        {
            return;
        }
        lucene.Add(new StringField(field, FilterTerm(value), Field.Store.NO));
        lucene.Add(new StoredField(field, value));
        lucene.Add(new SortedDocValuesField(field, new BytesRef(value)));
    }

    /// <summary>The term a filter on organisation, document type or year looks for.</summary>
    public static string FilterTerm(string value) => value.Trim().ToLowerInvariant();
}
