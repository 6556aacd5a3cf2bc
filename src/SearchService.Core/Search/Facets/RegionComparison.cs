using System.Diagnostics;
using Lucene.Net.Search;
using SearchService.Core.Search.Queries;
using SearchService.Core.Search.Scoring;

namespace SearchService.Core.Search.Facets;

/// <summary>
/// Compares how every region writes about a query: per region the matching paragraphs and documents,
/// the share of the region's indexed paragraphs they make, matches per year and the best paragraphs,
/// marked as search marks them. One pass over the query's matches (<see cref="RegionCollector"/>) with
/// the same query, filters, relaxation (<see cref="RelaxedQuery"/>) and scoring as search, so counts agree
/// with search's region facet for the same query and filters.
/// </summary>
public sealed class RegionComparison(ParagraphIndex index, AnswerCache<RegionComparisonResult>? cache = null)
{
    /// <summary>Name of the slot for documents about no single region.</summary>
    public const string National = "nationellt";

    /// <summary>Best paragraphs shown per region.</summary>
    public const int HitsPerRegion = 3;

    private readonly LuceneQueryBuilder builder = new(index.Analysis);
    private readonly HitReader hits = new(index.Analysis.Analyzer);

    /// <summary>Compares the regions for <paramref name="request"/>; its region, page and page size are ignored.</summary>
    /// <exception cref="QueryBuildException">The query holds nothing searchable.</exception>
    public RegionComparisonResult Compare(SearchRequest request)
    {
        var stopwatch = Stopwatch.StartNew();
        request = Comparable(request);
        var parsed = Parse(request);
        using var lease = index.Acquire();
        var searcher = lease.Searcher;
        var result = cache is null
            ? Compare(request, parsed, searcher)
            : cache.GetOrAdd(searcher.IndexReader, request, () => Compare(request, parsed, searcher));
        return result with { TookMs = Math.Round(stopwatch.Elapsed.TotalMilliseconds, 2) };
    }

    /// <summary>Compares the regions on one shard of a cluster as one index over the whole corpus would: the
    /// query's words expanded as the <paramref name="corpus"/>'s figures decide, and relaxed when the whole
    /// corpus's strict total says so (<paramref name="relax"/>). Not cached: the answer depends on both.</summary>
    /// <exception cref="QueryBuildException">The query holds nothing searchable.</exception>
    internal RegionComparisonResult Compare(SearchRequest request, ICorpusVocabulary corpus, bool relax)
    {
        request = Comparable(request);
        var parsed = Parse(request);
        using var lease = index.Acquire();
        return Compare(request, parsed, lease.Searcher, corpus, relax);
    }

    // Every region is compared, on one page of each region's best hits.
    private static SearchRequest Comparable(SearchRequest request) => request with { Region = null, Page = 1, PageSize = HitsPerRegion };

    private static UserQuery Parse(SearchRequest request) =>
        UserQueryParser.Parse(request.Query) ?? throw new QueryBuildException("The query has no words to search for.");

    /// <summary>Matching paragraphs per 10,000 of <paramref name="indexed"/> (two decimals; 0 when none are indexed).</summary>
    public static double PerTenThousand(int paragraphs, int indexed) => indexed == 0 ? 0 : Math.Round(paragraphs * 10_000.0 / indexed, 2);

    private RegionComparisonResult Compare(SearchRequest request, UserQuery parsed, IndexSearcher searcher, ICorpusVocabulary? corpus = null, bool? relax = null)
    {
        var built = builder.Build(parsed, searcher.IndexReader, corpus);
        var filters = SearchFilter.Of(request, index.Facets);
        var collector = Collect(searcher, built.Query, filters);
        if (RelaxedQuery.For(builder, parsed, built, searcher.IndexReader, collector.Paragraphs.Sum(), relax) is { } relaxed)
        {
            collector = Collect(searcher, relaxed, filters);
        }
        var indexed = new int[RegionCollector.National + 1];
        foreach (var leaf in searcher.IndexReader.Leaves)
        {
            collector.CountIndexed(leaf.AtomicReader, indexed);
        }
        var names = Core.Documents.SwedishRegions.All.Select(r => r.Name).Append(National).ToList();
        var regions = names.Select((name, slot) => new RegionMatches(
            name,
            collector.Paragraphs[slot],
            collector.Documents[slot],
            indexed[slot],
            PerTenThousand(collector.Paragraphs[slot], indexed[slot]),
            collector.Years(slot),
            [.. collector.Best(slot).ScoreDocs.Select(d => hits.Read(searcher.IndexReader, d.Doc, d.Score, built.Highlight, request.MarkParts))]))
            .ToList();
        return new RegionComparisonResult(
            request.Query,
            collector.Paragraphs.Sum(),
            collector.Documents.Sum(),
            0,
            [.. regions.SelectMany(r => r.Years).Select(y => y.Year).Distinct().Order()],
            regions);
    }

    private static RegionCollector Collect(IndexSearcher searcher, Query query, IReadOnlyList<SearchFilter> filters)
    {
        var collector = new RegionCollector(filters, HitsPerRegion);
        // As in FacetedSearch: term at a time only unfiltered, where it was measured faster.
        if (filters.Count > 0 || !TermAtATimeSearch.TrySearch(searcher, query, collector))
        {
            searcher.Search(query, collector);
        }
        return collector;
    }
}
