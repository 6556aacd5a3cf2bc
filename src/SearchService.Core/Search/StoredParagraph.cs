using Lucene.Net.Index;
using SearchService.Core.Highlighting;
using SearchService.Core.Indexing;
using SearchService.Core.Search.Documents;

namespace SearchService.Core.Search;

/// <summary>
/// A paragraph as the index stores it, read from its stored fields in one place (<see cref="StoredParagraphVisitor"/>), and
/// the one mapping from it to each answer that shows paragraphs: a search hit, an export row, a
/// paragraph of the document view, a document of the catalog. A field a caller did not load reads as
/// absent (null, or 0 for numbers).
/// </summary>
internal sealed record StoredParagraph(
    string Id,
    string DocumentId,
    string Title,
    string? Region,
    IReadOnlyList<string> RegionsMentioned,
    string? Date,
    string? Section,
    int Number,
    string Text,
    int StartOffset,
    int EndOffset,
    int? Page,
    string? Organisation,
    string? DocumentType,
    string? SourceUrl,
    string? Municipality,
    string? FileName)
{
    /// <summary>The stored fields of paragraph <paramref name="doc"/> of <paramref name="reader"/>, or only those
    /// in <paramref name="fields"/>.</summary>
    public static StoredParagraph Read(IndexReader reader, int doc, ISet<string>? fields = null)
    {
        var visitor = new StoredParagraphVisitor(fields);
        reader.Document(doc, visitor);
        return visitor.Paragraph();
    }

    /// <summary>The paragraph as a search hit with its <paramref name="score"/> and marks.</summary>
    public SearchHit ToHit(float score, MarkedParagraph marked) => new(
        Id, DocumentId, Title, Region, RegionsMentioned, Date, Section, Number, score, Text,
        marked.Html(), marked.Snippet(), marked.Found, Page, Organisation, DocumentType, SourceUrl, Municipality);

    /// <summary>The paragraph as an export lists it, unmarked.</summary>
    public MatchRow ToMatchRow() => new(Id, DocumentId, Title, Region, Municipality, Date, Section, Number, Text);

    /// <summary>The paragraph in the document view, unmarked.</summary>
    public DocumentParagraph ToDocumentParagraph() => new(Id, Number, Section, Text, StartOffset, EndOffset, Page);

    /// <summary>The document of this paragraph, as the catalog lists it, with its <paramref name="paragraphs"/>.</summary>
    public DocumentSummary ToSummary(int paragraphs) => new(DocumentId, Title, Region, Organisation, DocumentType, Date, SourceUrl, FileName, paragraphs);

    /// <summary>The document of this paragraph with a page of its <paramref name="paragraphs"/>.</summary>
    public DocumentView ToView(IReadOnlyList<DocumentParagraph> paragraphs, int paragraphCount, int from) => new(
        DocumentId, Title, Region, RegionsMentioned, Date, paragraphs, Organisation, DocumentType, SourceUrl, FileName, paragraphCount, from);
}
