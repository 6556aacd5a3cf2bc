using SearchService.Core.Search;
using SearchService.Core.Search.Documents;
using SearchService.Core.Search.Facets;
using SearchService.Core.Search.Queries;

namespace SearchService.Cluster.Serving;

/// <summary>
/// Answers the coordinator's queries on one shard's open index with the single node's own parts: searches
/// (<see cref="ParagraphSearcher"/>, deciding by the corpus's figures when they are sent), parts of a query's
/// plan (<see cref="StatisticsRecorder"/>), documents (<see cref="DocumentLookup"/>, marked by
/// <see cref="DocumentHighlighter"/>), the catalog (<see cref="DocumentCatalog"/>), region comparisons
/// (<see cref="RegionComparison"/>) and the matches a feed or an export lists (<see cref="MatchListing"/>).
/// </summary>
internal sealed class ShardQueryHandler(ParagraphIndex index, int shard, string instance)
{
    private readonly ParagraphSearcher searcher = new(index);
    private readonly DocumentLookup documents = new(index);
    private readonly DocumentHighlighter highlighter = new(index);
    private readonly DocumentCatalog catalog = new(index);
    private readonly RegionComparison regions = new(index);
    private readonly MatchListing matches = new(index);

    // An export page travels in one NATS message (1 MiB by default): it ends early past this much text.
    private const int ExportPageChars = 200_000;

    /// <summary>The answer to <paramref name="query"/> from generation <paramref name="generation"/>, with the
    /// expansion work it spent (<see cref="WorkMeter"/>) for the coordinator's rate limit.</summary>
    public ShardAnswer Answer(ShardQuery query, long generation)
    {
        var meter = new WorkMeter();
        WorkMeter.Current = meter;
        try
        {
            return Answered(query, generation) with { WorkUnits = meter.Units };
        }
        finally
        {
            WorkMeter.Current = null;
        }
    }

    private ShardAnswer Answered(ShardQuery query, long generation)
    {
        var answer = new ShardAnswer(shard, generation, instance, null, null);
        var corpus = query.Vocabulary is { } vocabulary ? new ShardVocabulary(vocabulary) : null;
        try
        {
            if (query.Document is { } asked)
            {
                var document = documents.Find(asked.Id, asked.From, asked.Count);
                return answer with { Document = document is not null && query.Request is { } marking ? highlighter.Highlight(document, marking.Query, corpus) : document };
            }
            if (query.Catalog is { } listing)
            {
                return answer with { Catalog = catalog.List(listing.Region, listing.Organisation, listing.DocumentType, 1, Math.Max(1, listing.Count)) };
            }
            var request = query.Request ?? throw new QueryBuildException("The query has no words to search for.");
            if (query.PlanOnly)
            {
                return answer with { Plan = StatisticsRecorder.Record(index, request, query.Vocabulary ?? QueryVocabulary.Empty()) };
            }
            // Set on this request's own flow of execution: concurrent requests each score with their own.
            CorpusStatistics.Current.Value = query.Statistics;
            // Without the corpus's figures the shard decides relaxation by its own strict total.
            bool? relax = corpus is null ? null : query.Relax;
            if (query.Feed is { } feed)
            {
                var (hits, total) = matches.Newest(request, feed.Count, corpus, relax);
                return answer with { Feed = new ShardFeed(hits, total, index.Statistics().LastCommit) };
            }
            if (query.Export is { } export)
            {
                return answer with { Export = Bounded(matches.Page(request, export.After, export.Count, corpus, relax)) };
            }
            if (query.CompareRegions)
            {
                return answer with { Regions = corpus is null ? regions.Compare(request) : regions.Compare(request, corpus, query.Relax) };
            }
            return answer with { Result = corpus is null ? searcher.Search(request) : searcher.Search(request, corpus, query.Relax) };
        }
        catch (QueryBuildException e)
        {
            return answer with { QueryError = e.Message };
        }
    }

    private static MatchPage Bounded(MatchPage page)
    {
        var chars = 0;
        var rows = page.Rows.TakeWhile((row, i) => (chars += row.Text.Length) <= ExportPageChars || i == 0).ToList();
        return rows.Count == page.Rows.Count ? page : page with { Rows = rows, More = true };
    }

    /// <summary>Runs a search so the first user's does not pay for loading the index.</summary>
    public void WarmUp(string query) => searcher.Search(new SearchRequest(query));
}
