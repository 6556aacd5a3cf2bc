using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using SearchService.Core.Indexing;
using SearchService.Core.Search.Facets;
using SearchService.Core.Search.Queries;

namespace SearchService.Core.Search;

/// <summary>
/// Lists a query's matches for following a search rather than ranking it: the newest dated paragraphs
/// (for a feed) and every match by document id, then paragraph (for an export past the result window). Same query,
/// filters and marks as search.
/// </summary>
public sealed class MatchListing(ParagraphIndex index) : IMatchListing
{
    private readonly LuceneQueryBuilder builder = new(index.Analysis);
    private readonly HitReader hits = new(index.Analysis.Analyzer);

    /// <summary>At most <paramref name="count"/> matching paragraphs of dated documents, newest document first
    /// (best scored first within a date); the request's page and page size are ignored.</summary>
    /// <exception cref="QueryBuildException">The query holds nothing searchable.</exception>
    public IReadOnlyList<SearchHit> Newest(SearchRequest request, int count) => Newest(request, count, null, null).Hits;

    /// <summary><see cref="Newest(SearchRequest, int)"/> on one shard of a cluster, its words expanded by the
    /// <paramref name="corpus"/>'s figures and relaxed as the whole corpus's strict total says (<paramref name="relax"/>);
    /// with the number of paragraphs the query run matched (the strict total when it was not relaxed).</summary>
    internal (IReadOnlyList<SearchHit> Hits, int Total) Newest(SearchRequest request, int count, ICorpusVocabulary? corpus, bool? relax)
    {
        var parsed = Parse(request);
        using var lease = index.Acquire();
        var searcher = lease.Searcher;
        var built = builder.Build(parsed, searcher.IndexReader, corpus);
        // Undated paragraphs sort last, so taking the first count and dropping the undated loses no dated one.
        var top = searcher.Search(Chosen(searcher, parsed, built, request, relax), null, count, SearchOrders.NewestFirst, doDocScores: true, doMaxScore: false);
        return ([.. top.ScoreDocs
            .Select(d => hits.Read(searcher.IndexReader, d.Doc, d.Score, built.Highlight, request.MarkParts))
            .Where(hit => hit.Date is not null)], top.TotalHits);
    }

    /// <summary>Every matching paragraph by document id, then paragraph number (the order a cluster's coordinator
    /// merges its shards' pages in: <see cref="Page"/>), read lazily: the index version is held until the enumeration ends.</summary>
    /// <exception cref="QueryBuildException">The query holds nothing searchable (thrown at once).</exception>
    public IEnumerable<MatchRow> All(SearchRequest request)
    {
        var parsed = Parse(request);
        // Built once now so a query that cannot be searched fails before the first row is sent.
        using (var lease = index.Acquire())
        {
            builder.Build(parsed, lease.Searcher.IndexReader);
        }
        return Read(request, parsed);
    }

    private IEnumerable<MatchRow> Read(SearchRequest request, UserQuery parsed)
    {
        using var lease = index.Acquire();
        var searcher = lease.Searcher;
        var built = builder.Build(parsed, searcher.IndexReader);
        var matches = new List<int>();
        searcher.Search(Chosen(searcher, parsed, built, request), new DocCollector(matches));
        // Ordinals over the whole index follow the ids' byte order, as the sort of Page does.
        var ids = MultiDocValues.GetSortedValues(searcher.IndexReader, ParagraphFields.DocumentId);
        var numbers = MultiDocValues.GetNumericValues(searcher.IndexReader, ParagraphFields.Number);
        var ordered = matches.Select(doc => (Doc: doc, Id: ids.GetOrd(doc), Number: numbers.Get(doc))).OrderBy(m => m.Id).ThenBy(m => m.Number).Select(m => m.Doc);
        foreach (var doc in ordered)
        {
            yield return StoredParagraph.Read(searcher.IndexReader, doc, MatchRow.Fields).ToMatchRow();
        }
    }

    /// <summary>The first <paramref name="count"/> matching paragraphs after <paramref name="after"/> (from the start
    /// when null) by document id, then paragraph number: an order every shard of a cluster shares, so the
    /// coordinator merges shards' pages into one export and resumes each shard by its last row, on whichever replica
    /// and generation. Decided by the <paramref name="corpus"/>'s figures and <paramref name="relax"/> as
    /// <see cref="Newest(SearchRequest, int, ICorpusVocabulary?, bool?)"/>.</summary>
    internal MatchPage Page(SearchRequest request, MatchCursor? after, int count, ICorpusVocabulary? corpus, bool? relax)
    {
        var parsed = Parse(request);
        using var lease = index.Acquire();
        var searcher = lease.Searcher;
        var built = builder.Build(parsed, searcher.IndexReader, corpus);
        var byDocument = new Sort(new SortField(ParagraphFields.DocumentId, SortFieldType.STRING), new SortField(ParagraphFields.Number, SortFieldType.INT64));
        var top = searcher.Search(Chosen(searcher, parsed, built, request, relax), after is null ? null : After(after), count, byDocument);
        return new MatchPage([.. top.ScoreDocs.Select(d => StoredParagraph.Read(searcher.IndexReader, d.Doc, MatchRow.Fields).ToMatchRow())], top.TotalHits, top.TotalHits > top.ScoreDocs.Length);
    }

    /// <inheritdoc />
    Task<NewestMatches> IMatchListing.NewestAsync(SearchRequest request, int count, CancellationToken cancellation) =>
        Task.FromResult(new NewestMatches(Newest(request, count), index.Statistics().LastCommit));

    /// <inheritdoc />
    Task<IAsyncEnumerable<MatchRow>> IMatchListing.AllAsync(SearchRequest request, CancellationToken cancellation) =>
        Task.FromResult(All(request).ToAsyncEnumerable());

    private static UserQuery Parse(SearchRequest request) =>
        UserQueryParser.Parse(request.Query) ?? throw new QueryBuildException("The query has no words to search for.");

    // The filtered query search would run: relaxed when few paragraphs have all the words (or when told).
    private Query Chosen(IndexSearcher searcher, UserQuery parsed, LuceneQueryBuilder.BuiltQuery built, SearchRequest request, bool? relax = null)
    {
        var strict = Filtered(built.Query, request);
        var strictTotal = 0;
        if (relax is null)
        {
            var counter = new TotalHitCountCollector();
            searcher.Search(strict, counter);
            strictTotal = counter.TotalHits;
        }
        return RelaxedQuery.For(builder, parsed, built, searcher.IndexReader, strictTotal, relax) is { } relaxed ? Filtered(relaxed, request) : strict;
    }

    private Query Filtered(Query query, SearchRequest request) =>
        SearchFilter.ToQuery(SearchFilter.Of(request, index.Facets)) is { } filters ? new FilteredQuery(query, new QueryWrapperFilter(filters)) : query;

    // Paragraphs of later documents, or later paragraphs of the cursor's document.
    private static QueryWrapperFilter After(MatchCursor after)
    {
        var later = new BooleanQuery
        {
            { new TermRangeQuery(ParagraphFields.DocumentId, new BytesRef(after.DocumentId), null, false, true), Occur.SHOULD },
            { new FilteredQuery(new TermQuery(new Term(ParagraphFields.DocumentId, after.DocumentId)),
                FieldCacheRangeFilter.NewInt64Range(ParagraphFields.Number, after.Paragraph, null, false, true)), Occur.SHOULD },
        };
        return new QueryWrapperFilter(later);
    }

    // Gathers the global doc numbers of all matches, without scores.
    private sealed class DocCollector(List<int> docs) : ICollector
    {
        private int docBase;

        public bool AcceptsDocsOutOfOrder => true;

        public void SetScorer(Scorer scorer)
        {
        }

        public void SetNextReader(AtomicReaderContext context) => docBase = context.DocBase;

        public void Collect(int doc) => docs.Add(docBase + doc);
    }
}
