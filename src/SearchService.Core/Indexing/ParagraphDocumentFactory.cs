using System.Globalization;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;
using SearchService.Core.Analysis;
using SearchService.Core.Documents;
using SearchService.Core.Search;
using SearchService.Core.Search.Scoring;

namespace SearchService.Core.Indexing;

/// <summary>Maps a paragraph with its document's metadata to the Lucene document that stores it.</summary>
public static class ParagraphDocumentFactory
{
    /// <summary>The Lucene documents of all paragraphs of <paramref name="document"/>, in order, each
    /// carrying <paramref name="contentHash"/> of the source it came from; with the Swedish analysis (the
    /// default: <paramref name="analysis"/> null) the text is also indexed as compound parts and as written, all
    /// three from one tokenisation (<see cref="ParagraphTokenStreams"/>), and
    /// with the document's value of every facet of <paramref name="facets"/> (by default <see cref="MetadataFacet.All"/>).
    /// The documents share their field instances, so each is only valid until the next is taken:
    /// hand the sequence to <c>IndexWriter.AddDocuments</c>/<c>UpdateDocuments</c>, which consume one
    /// at a time, and do not collect it into a list.</summary>
    public static IEnumerable<Document> Create(ParsedDocument document, TextAnalysis? analysis = null, string contentHash = "", IReadOnlyList<MetadataFacet>? facets = null)
    {
        // Lucene builds a token stream per untokenized field instance, through reflection and a global
        // lock; with new fields for every paragraph that was an eighth of indexing time, mostly waiting.
        var swedish = analysis is null ? DefaultSwedish.Value : analysis.Analyzer as SwedishAnalyzer;
        var fields = new ReusedFields(document, swedish?.ParagraphStreams(), contentHash, facets ?? MetadataFacet.All);
        var repeated = RepeatedText.Find(document.Paragraphs);
        for (var i = 0; i < document.Paragraphs.Count; i++)
        {
            yield return fields.For(document.Paragraphs[i], repeated[i] ? Ranking.RepeatedTextWeight : 1f);
        }
    }

    // The analysis of a document made without one given: the same analysis as every other Swedish one.
    private static readonly Lazy<SwedishAnalyzer> DefaultSwedish = new(() => new SwedishAnalyzer());

    // The text's terms with the Swedish analysis, from its token stream; the text is stored on its own.
    private static readonly FieldType IndexedTextType = TextField.TYPE_NOT_STORED;

    // Parts are only searched as single terms, never in phrases: frequencies and norms for scoring, no positions.
    private static readonly FieldType PartsType = Frozen(new FieldType(TextField.TYPE_NOT_STORED) { IndexOptions = IndexOptions.DOCS_AND_FREQS });

    // The words as written only feed "did you mean" (their terms and document frequencies): no scoring data.
    private static readonly FieldType WordsType = Frozen(new FieldType(TextField.TYPE_NOT_STORED) { IndexOptions = IndexOptions.DOCS_ONLY, OmitNorms = true });

    /// <summary>The paragraph id of the API, made from the stored document id and number (not itself
    /// indexed or stored: it was 2 MB of the Riksdag index that no search reads).</summary>
    public static string ParagraphId(string documentId, int number) =>
        string.Create(CultureInfo.InvariantCulture, $"{documentId}-p{number}");

    private static FieldType Frozen(FieldType type)
    {
        type.Freeze();
        return type;
    }

    // The fields of one document's paragraphs: the document-wide ones made once, the per-paragraph
    // ones given new values for each paragraph.
    private sealed class ReusedFields
    {
        private readonly List<IIndexableField> shared = [];
        private readonly StoredField number = new(ParagraphFields.Number, 0);
        private readonly NumericDocValuesField numberValue = new(ParagraphFields.Number, 0);
        private readonly NumericDocValuesField textKey = new(ParagraphFields.TextKey, 0);
        private readonly StoredField startOffset = new(ParagraphFields.StartOffset, 0);
        private readonly StoredField endOffset = new(ParagraphFields.EndOffset, 0);
        private readonly StoredField page = new(ParagraphFields.Page, 0);
        private readonly Field section = new TextField(ParagraphFields.Section, "", Field.Store.YES);
        private readonly ParagraphTokenStreams? streams;
        // With the Swedish analysis the text is stored, and indexed from the streams (text, parts, words);
        // with Lucene's chain it is one field, stored and analysed by the writer's analyzer.
        private readonly Field text;
        private readonly Field[] indexedText;

        public ReusedFields(ParsedDocument document, ParagraphTokenStreams? streams, string contentHash, IReadOnlyList<MetadataFacet> facets)
        {
            this.streams = streams;
            var metadata = document.Metadata;
            shared.Add(new StringField(ParagraphFields.DocumentId, document.Id, Field.Store.YES));
            shared.Add(new SortedDocValuesField(ParagraphFields.DocumentId, new BytesRef(document.Id)));
            shared.Add(new TextField(ParagraphFields.Title, metadata.Title, Field.Store.YES));
            shared.Add(new StoredField(ParagraphFields.FileName, document.FileName));
            shared.Add(new SortedDocValuesField(ParagraphFields.ContentHash, new BytesRef(contentHash)));
            foreach (var facet in facets)
            {
                facet.AddTo(shared, metadata);
            }
            if (metadata.SourceUrl is not null)
            {
                shared.Add(new StoredField(ParagraphFields.SourceUrl, metadata.SourceUrl));
            }
            foreach (var region in metadata.RegionsMentioned)
            {
                shared.Add(new StoredField(ParagraphFields.RegionsMentioned, region));
            }
            if (metadata.Date is { } date)
            {
                var iso = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                shared.Add(new StringField(ParagraphFields.Date, iso, Field.Store.YES));
                shared.Add(new SortedDocValuesField(ParagraphFields.Date, new BytesRef(iso)));
            }
            if (streams is null)
            {
                text = new TextField(ParagraphFields.Text, "", Field.Store.YES);
                indexedText = [];
            }
            else
            {
                text = new StoredField(ParagraphFields.Text, "");
                indexedText =
                [
                    new Field(ParagraphFields.Text, streams.Text, IndexedTextType),
                    new Field(ParagraphFields.TextParts, streams.Parts, PartsType),
                    new Field(ParagraphFields.TextWords, streams.Words, WordsType),
                ];
            }
        }

        // The text's weight goes into its norm (Lucene multiplies an index-time boost into the length norm), so
        // every scoring path, the block bounds of the top-k search included, reads it without a query-time step.
        public Document For(Paragraph paragraph, float weight)
        {
            text.SetStringValue(paragraph.Text);
            if (streams is null)
            {
                text.Boost = weight;
            }
            else
            {
                streams.Read(paragraph.Text);
            }
            number.SetInt32Value(paragraph.Number);
            numberValue.SetInt64Value(paragraph.Number);
            textKey.SetInt64Value(DistinctTexts.KeyOf(paragraph.Text));
            startOffset.SetInt32Value(paragraph.StartOffset);
            endOffset.SetInt32Value(paragraph.EndOffset);
            var lucene = new Document { text, number, numberValue, textKey, startOffset, endOffset };
            foreach (var field in shared)
            {
                lucene.Add(field);
            }
            foreach (var field in indexedText)
            {
                field.Boost = field.FieldType.OmitNorms ? 1f : weight;
                lucene.Add(field);
            }
            if (paragraph.Page is { } pageNumber)
            {
                page.SetInt32Value(pageNumber);
                lucene.Add(page);
            }
            if (paragraph.Section is not null)
            {
                section.SetStringValue(paragraph.Section);
                lucene.Add(section);
            }
            return lucene;
        }
    }

    /// <summary>The term a filter on organisation, document type or year looks for: lower case, so
    /// "region skåne" finds "Region Skåne"; facets show the value as written.</summary>
    public static string FilterTerm(string value) => value.Trim().ToLowerInvariant();
}
