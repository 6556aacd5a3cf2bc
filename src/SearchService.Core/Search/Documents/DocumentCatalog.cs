using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using SearchService.Core.Indexing;
using SearchService.Core.Search.Facets;

namespace SearchService.Core.Search.Documents;

/// <summary>Lists the documents of the index with their metadata and paragraph counts, filtered by
/// region, organisation and document type. One pass over the document-id terms of each segment;
/// stored fields are read for one paragraph per listed document only.</summary>
public sealed class DocumentCatalog(ParagraphIndex index)
{
    /// <summary>The documents matching every given filter (<paramref name="region"/> canonical; the
    /// others in any case), sorted by id, one page of them.</summary>
    public DocumentList List(string? region, string? organisation, string? documentType, int page, int pageSize)
    {
        using var lease = index.Acquire();
        var searcher = lease.Searcher;
        var filters = SearchFilter.Of(new SearchRequest("", region, Organisation: organisation, DocumentType: documentType));
        var matching = filters.Count == 0 ? null : Matching(searcher, filters);

        // Document id → (paragraph count, one paragraph's global doc number).
        var documents = new SortedDictionary<string, (int Count, int Doc)>(StringComparer.Ordinal);
        foreach (var leaf in searcher.IndexReader.Leaves)
        {
            var terms = leaf.AtomicReader.GetTerms(ParagraphFields.DocumentId);
            if (terms is null)
            {
                continue;
            }
            var termsEnum = terms.GetEnumerator();
            DocsEnum? docs = null;
            while (termsEnum.MoveNext())
            {
                docs = termsEnum.Docs(leaf.AtomicReader.LiveDocs, docs, DocsFlags.NONE);
                int count = 0, first = -1, doc;
                while ((doc = docs.NextDoc()) != DocIdSetIterator.NO_MORE_DOCS)
                {
                    if (matching is null || matching.Get(leaf.DocBase + doc))
                    {
                        count++;
                        first = first < 0 ? leaf.DocBase + doc : first;
                    }
                }
                if (count > 0)
                {
                    var id = termsEnum.Term.Utf8ToString();
                    var known = documents.GetValueOrDefault(id, (0, first));
                    documents[id] = (known.Item1 + count, known.Item2);
                }
            }
        }
        var listed = documents.Skip((page - 1) * pageSize).Take(pageSize)
            .Select(p => StoredParagraph.Read(searcher.IndexReader, p.Value.Doc).ToSummary(p.Value.Count)).ToList();
        return new DocumentList(documents.Count, page, pageSize, listed);
    }

    private static FixedBitSet Matching(IndexSearcher searcher, IReadOnlyList<SearchFilter> filters)
    {
        var collector = new DocSetCollector(searcher.IndexReader.MaxDoc);
        searcher.Search(SearchFilter.ToQuery(filters)!, collector);
        return collector.Docs;
    }

    // Gathers global doc numbers of the filter's matches as bits, one per paragraph of the index (125 KB
    // at a million paragraphs, where a set of every match of a common region was megabytes per call).
    private sealed class DocSetCollector(int maxDoc) : ICollector
    {
        private int docBase;

        public FixedBitSet Docs { get; } = new(maxDoc);

        public bool AcceptsDocsOutOfOrder => true;

        public void SetScorer(Scorer scorer)
        {
        }

        public void SetNextReader(AtomicReaderContext context) => docBase = context.DocBase;

        public void Collect(int doc) => Docs.Set(docBase + doc);
    }
}
