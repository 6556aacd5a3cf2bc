using Lucene.Net.Index;
using Lucene.Net.Search;
using SearchService.Core.Indexing;
using SearchService.Core.Search.Facets;
using SearchService.Core.Search.Queries;

namespace SearchService.Core.Search;

/// <summary>
/// Lists a query's matches for following a search rather than ranking it: the newest dated paragraphs
/// (for a feed) and every match in index order (for an export past the result window). Same query,
/// filters and marks as search.
/// </summary>
public sealed class MatchListing(ParagraphIndex index)
{
    private readonly LuceneQueryBuilder builder = new(index.Analysis);
    private readonly HitReader hits = new(index.Analysis.Analyzer);

    /// <summary>At most <paramref name="count"/> matching paragraphs of dated documents, newest document first
    /// (best scored first within a date); the request's page and page size are ignored.</summary>
    /// <exception cref="QueryBuildException">The query holds nothing searchable.</exception>
    public IReadOnlyList<SearchHit> Newest(SearchRequest request, int count)
    {
        var parsed = Parse(request);
        using var lease = index.Acquire();
        var searcher = lease.Searcher;
        var built = builder.Build(parsed, searcher.IndexReader);
        // Undated paragraphs sort last, so taking the first count and dropping the undated loses no dated one.
        var byDate = new SortField(ParagraphFields.Date, SortFieldType.STRING, true);
        byDate.SetMissingValue(SortField.STRING_FIRST);
        var newest = new Sort(byDate, SortField.FIELD_SCORE);
        var top = searcher.Search(Chosen(searcher, parsed, built, request), null, count, newest, doDocScores: true, doMaxScore: false);
        return [.. top.ScoreDocs
            .Select(d => hits.Read(searcher.Doc(d.Doc), d.Score, built.Highlight, request.MarkParts))
            .Where(hit => hit.Date is not null)];
    }

    /// <summary>Every matching paragraph in index order (a document's paragraphs together, in order), read
    /// lazily: the index version is held until the enumeration ends.</summary>
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
        matches.Sort();
        foreach (var doc in matches)
        {
            yield return StoredParagraph.Read(searcher.Doc(doc, MatchRow.Fields)).ToMatchRow();
        }
    }

    private static UserQuery Parse(SearchRequest request) =>
        UserQueryParser.Parse(request.Query) ?? throw new QueryBuildException("The query has no words to search for.");

    // The filtered query search would run: relaxed when few paragraphs have all the words.
    private Query Chosen(IndexSearcher searcher, UserQuery parsed, LuceneQueryBuilder.BuiltQuery built, SearchRequest request)
    {
        var strict = Filtered(built.Query, request);
        var counter = new TotalHitCountCollector();
        searcher.Search(strict, counter);
        return RelaxedQuery.For(builder, parsed, built, searcher.IndexReader, counter.TotalHits) is { } relaxed ? Filtered(relaxed, request) : strict;
    }

    private static Query Filtered(Query query, SearchRequest request) =>
        SearchFilter.ToQuery(SearchFilter.Of(request)) is { } filters ? new FilteredQuery(query, new QueryWrapperFilter(filters)) : query;

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
