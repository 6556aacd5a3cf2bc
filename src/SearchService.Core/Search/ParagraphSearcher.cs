using System.Diagnostics;
using Lucene.Net.Index;
using Lucene.Net.Search;
using SearchService.Core.Indexing;
using SearchService.Core.Search.Facets;
using SearchService.Core.Search.Queries;
using SearchService.Core.Search.Scoring;

namespace SearchService.Core.Search;

/// <summary>
/// Answers a search: parses the query, ranks paragraphs (<see cref="Ranking"/>), counts facets over all matches
/// and highlights only the hits of the requested page. When few paragraphs have all of several words
/// (<see cref="Ranking.RelaxBelow"/>), those with some of them follow (<see cref="LuceneQueryBuilder.Relax"/>). With a <see cref="SearchResultCache"/>, a request
/// answered before on the same index version is answered from it.
/// </summary>
public sealed class ParagraphSearcher(ParagraphIndex index, SearchResultCache? cache = null, int queryPlans = QueryPlans.DefaultCapacity)
{
    /// <summary>Facet name of the region counts.</summary>
    public const string RegionFacet = "region";

    private readonly QueryPlans plans = new(new LuceneQueryBuilder(index.Analysis), queryPlans);
    private readonly HitReader hits = new(index.Analysis.Analyzer);
    private readonly IReadOnlyList<string> facetFields = [.. index.Facets.Select(f => f.Field)];

    /// <summary>Runs <paramref name="request"/>.</summary>
    /// <exception cref="QueryBuildException">The query holds nothing searchable.</exception>
    public SearchResult Search(SearchRequest request)
    {
        var stopwatch = Stopwatch.StartNew();
        var parsed = Parse(request);
        using var lease = index.Acquire();
        var searcher = lease.Searcher;
        if (cache is null)
        {
            return Search(request, parsed, searcher, stopwatch);
        }
        var result = cache.GetOrAdd(searcher.IndexReader, request, () => Search(request, parsed, searcher, stopwatch));
        return result with { TookMs = Math.Round(stopwatch.Elapsed.TotalMilliseconds, 2) };
    }

    /// <summary>Runs <paramref name="request"/> on one shard of a cluster as one index over the whole corpus would:
    /// its words expanded as the <paramref name="corpus"/>'s figures decide, and relaxed when the whole corpus's
    /// strict total says so (<paramref name="relax"/>), not this shard's.</summary>
    /// <exception cref="QueryBuildException">The query holds nothing searchable.</exception>
    internal SearchResult Search(SearchRequest request, ICorpusVocabulary corpus, bool relax)
    {
        var stopwatch = Stopwatch.StartNew();
        var parsed = Parse(request);
        using var lease = index.Acquire();
        return Search(request, parsed, lease.Searcher, stopwatch, corpus, relax);
    }

    private static UserQuery Parse(SearchRequest request) =>
        UserQueryParser.Parse(request.Query) ?? throw new QueryBuildException("The query has no words to search for.");

    private SearchResult Search(SearchRequest request, UserQuery parsed, IndexSearcher searcher, Stopwatch stopwatch, ICorpusVocabulary? corpus = null, bool? relax = null)
    {
        var plan = plans.For(request.Query, parsed, searcher.IndexReader, corpus);
        var filters = SearchFilter.Of(request, index.Facets);
        var wanted = request.Page * request.PageSize;
        var fetched = request.Distinct ? DistinctTexts.Window(wanted) : wanted;
        var run = plan.Strict;
        var order = SearchOrders.For(request.Order);
        var (top, facets) = FacetedSearch.Run(searcher, run.Query, filters, fetched, facetFields, run.Terms(), order);
        int? allWords = null;
        if (RelaxedQuery.For(plan, top.TotalHits, relax) is { } relaxed)
        {
            allWords = top.TotalHits;
            run = relaxed;
            (top, facets) = FacetedSearch.Run(searcher, run.Query, filters, fetched, facetFields, run.Terms(), order);
            allWords = top.TotalHits > allWords ? allWords : null;
        }

        var outcome = run.Outcome;
        var reader = searcher.IndexReader;
        // With distinct texts, a match whose text's key (doc values, no stored text read) a better one has is left out.
        var keys = request.Distinct ? MultiDocValues.GetNumericValues(reader, ParagraphFields.TextKey) : null;
        var ranked = request.Distinct
            ? DistinctTexts.Keep(top.ScoreDocs, d => keys?.Get(d.Doc) ?? d.Doc).Select(k => (Doc: k.Item, SameText: (int?)k.SameText))
            : top.ScoreDocs.Select(d => (Doc: d, SameText: (int?)null));
        var pageHits = ranked.Skip((request.Page - 1) * request.PageSize).Take(request.PageSize)
            .Select(r => hits.Read(reader, r.Doc.Doc, r.Doc.Score, outcome.Highlight, request.MarkParts) is var hit && r.SameText is { } same
                ? hit with { SameText = same } : hit)
            .ToList();
        return new SearchResult(
            request.Query,
            top.TotalHits,
            request.Page,
            request.PageSize,
            Math.Round(stopwatch.Elapsed.TotalMilliseconds, 2),
            pageHits,
            facets,
            outcome.DidYouMean,
            allWords,
            MetadataFacet.Applied(request, index.Facets),
            outcome.ExpansionsLimited);
    }
}
