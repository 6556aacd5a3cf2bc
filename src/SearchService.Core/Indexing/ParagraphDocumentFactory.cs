using System.Globalization;
using Lucene.Net.Documents;
using Lucene.Net.Util;
using SearchService.Core.Analysis;
using SearchService.Core.Documents;

namespace SearchService.Core.Indexing;

/// <summary>Maps a paragraph with its document's metadata to the Lucene document that stores it.</summary>
public static class ParagraphDocumentFactory
{
    /// <summary>The Lucene documents of all paragraphs of <paramref name="document"/>, in order;
    /// with <see cref="AnalysisMode.Swedish"/> the text is also indexed as parts, folded and as written.</summary>
    public static IEnumerable<Document> Create(ParsedDocument document, AnalysisMode mode = AnalysisMode.Swedish) =>
        document.Paragraphs.Select(p => Create(document, p, mode));

    /// <summary>The paragraph id used in the index and the API.</summary>
    public static string ParagraphId(string documentId, int number) =>
        string.Create(CultureInfo.InvariantCulture, $"{documentId}-p{number}");

    private static Document Create(ParsedDocument document, Paragraph paragraph, AnalysisMode mode)
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
        };
        if (mode == AnalysisMode.Swedish)
        {
            lucene.Add(new TextField(ParagraphFields.TextParts, paragraph.Text, Field.Store.NO));
            lucene.Add(new TextField(ParagraphFields.TextFolded, paragraph.Text, Field.Store.NO));
            lucene.Add(new TextField(ParagraphFields.TextWords, paragraph.Text, Field.Store.NO));
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
}
