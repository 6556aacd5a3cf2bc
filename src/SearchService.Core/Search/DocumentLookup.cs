using Lucene.Net.Index;
using Lucene.Net.Search;
using SearchService.Core.Indexing;

namespace SearchService.Core.Search;

/// <summary>Reads a whole document back from the paragraph index, for showing a hit in context.</summary>
public sealed class DocumentLookup(ParagraphIndex index)
{
    /// <summary>The document with id <paramref name="documentId"/>, or null when the index has none.</summary>
    public DocumentView? Find(string documentId)
    {
        using var lease = index.Acquire();
        var searcher = lease.Searcher;
        var query = new TermQuery(new Term(ParagraphFields.DocumentId, documentId));
        var count = searcher.Search(query, 1).TotalHits;
        if (count == 0)
        {
            return null;
        }
        var sort = new Sort(new SortField(ParagraphFields.Number, SortFieldType.INT32));
        var docs = searcher.Search(query, count, sort).ScoreDocs.Select(d => searcher.Doc(d.Doc)).ToList();
        var first = docs[0];
        return new DocumentView(
            documentId,
            first.Get(ParagraphFields.Title),
            first.Get(ParagraphFields.Region),
            first.GetValues(ParagraphFields.RegionsMentioned),
            first.Get(ParagraphFields.Date),
            docs.Select(d => new DocumentParagraph(
                d.Get(ParagraphFields.Id),
                d.GetField(ParagraphFields.Number).GetInt32Value() ?? 0,
                d.Get(ParagraphFields.Section),
                d.Get(ParagraphFields.Text),
                d.GetField(ParagraphFields.StartOffset).GetInt32Value() ?? 0,
                d.GetField(ParagraphFields.EndOffset).GetInt32Value() ?? 0,
                d.GetField(ParagraphFields.Page)?.GetInt32Value())).ToList(),
            first.Get(ParagraphFields.Organisation),
            first.Get(ParagraphFields.DocumentType),
            first.Get(ParagraphFields.SourceUrl),
            first.Get(ParagraphFields.FileName));
    }
}
