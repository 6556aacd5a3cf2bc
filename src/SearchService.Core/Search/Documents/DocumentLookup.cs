using Lucene.Net.Index;
using Lucene.Net.Search;
using SearchService.Core.Indexing;

namespace SearchService.Core.Search.Documents;

/// <summary>Reads a document back from the paragraph index, a page of paragraphs at a time, for showing
/// a hit in context: a document of 16,000 paragraphs answered whole was 8–14 MB and took seconds.</summary>
public sealed class DocumentLookup(ParagraphIndex index)
{
    /// <summary>Paragraphs in a page when the caller does not say.</summary>
    public const int DefaultPageSize = 200;

    /// <summary>Most paragraphs in one page.</summary>
    public const int MaxPageSize = 1000;

    /// <summary>Whether the index holds the document <paramref name="documentId"/>: one term lookup per
    /// segment, whatever the document's size.</summary>
    public bool Exists(string documentId)
    {
        using var lease = index.Acquire();
        var term = new Term(ParagraphFields.DocumentId, documentId);
        return lease.Searcher.IndexReader.Leaves.Any(leaf =>
            (leaf.AtomicReader.GetTermDocsEnum(term)?.NextDoc() ?? DocIdSetIterator.NO_MORE_DOCS) != DocIdSetIterator.NO_MORE_DOCS);
    }

    /// <summary>The document with id <paramref name="documentId"/> and <paramref name="count"/> of its
    /// paragraphs from the <paramref name="from"/>th (1-based, in document order), or null when the index has none.</summary>
    public DocumentView? Find(string documentId, int from = 1, int count = DefaultPageSize)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(from, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, MaxPageSize);
        using var lease = index.Acquire();
        var searcher = lease.Searcher;
        var query = new TermQuery(new Term(ParagraphFields.DocumentId, documentId));
        // Sorted by the paragraph number's doc values; stored fields are read for the page only.
        var sort = new Sort(new SortField(ParagraphFields.Number, SortFieldType.INT32));
        var top = searcher.Search(query, (int)Math.Min(int.MaxValue, (long)from + count), sort);
        if (top.TotalHits == 0)
        {
            return null;
        }
        var first = StoredParagraph.Read(searcher.IndexReader, top.ScoreDocs[0].Doc);
        var page = top.ScoreDocs.Skip(from - 1).Take(count).Select(d => StoredParagraph.Read(searcher.IndexReader, d.Doc).ToDocumentParagraph()).ToList();
        return first.ToView(page, top.TotalHits, from);
    }
}
