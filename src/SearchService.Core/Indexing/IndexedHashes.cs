using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace SearchService.Core.Indexing;

/// <summary>Reads the content hash of every document in an index: per segment, the first live
/// paragraph of each document id gives it, so the cost grows with documents, not paragraphs.</summary>
internal static class IndexedHashes
{
    /// <summary>The hash of the document <paramref name="id"/>, or null when the index holds none of its paragraphs.</summary>
    public static string? Of(IndexReader reader, string id)
    {
        var term = new BytesRef(id);
        var bytes = new BytesRef();
        foreach (var leaf in reader.Leaves)
        {
            var atomic = leaf.AtomicReader;
            // Skips deleted paragraphs: the enum is over the segment's live documents.
            var doc = atomic.GetTermDocsEnum(new Term(ParagraphFields.DocumentId, term))?.NextDoc() ?? DocIdSetIterator.NO_MORE_DOCS;
            if (doc != DocIdSetIterator.NO_MORE_DOCS)
            {
                atomic.GetSortedDocValues(ParagraphFields.ContentHash)?.Get(doc, bytes);
                return bytes.Length > 0 ? bytes.Utf8ToString() : "";
            }
        }
        return null;
    }

    public static Dictionary<string, string> Read(IndexReader reader)
    {
        var hashes = new Dictionary<string, string>(StringComparer.Ordinal);
        var bytes = new BytesRef();
        foreach (var leaf in reader.Leaves)
        {
            var atomic = leaf.AtomicReader;
            var terms = atomic.GetTerms(ParagraphFields.DocumentId);
            if (terms is null)
            {
                continue;
            }
            var values = atomic.GetSortedDocValues(ParagraphFields.ContentHash);
            var termsEnum = terms.GetEnumerator();
            DocsEnum? docs = null;
            while (termsEnum.MoveNext())
            {
                docs = termsEnum.Docs(atomic.LiveDocs, docs, DocsFlags.NONE);
                var doc = docs.NextDoc();
                if (doc == DocIdSetIterator.NO_MORE_DOCS)
                {
                    continue;
                }
                var hash = "";
                if (values is not null)
                {
                    values.Get(doc, bytes);
                    hash = bytes.Utf8ToString();
                }
                hashes[termsEnum.Term.Utf8ToString()] = hash;
            }
        }
        return hashes;
    }
}
