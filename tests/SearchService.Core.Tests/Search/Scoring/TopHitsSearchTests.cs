using Lucene.Net.Index;
using Lucene.Net.Search;
using SearchService.Core.Indexing;
using SearchService.Core.Search;
using SearchService.Core.Search.Facets;
using SearchService.Core.Search.Queries;
using SearchService.Core.Search.Scoring;

namespace SearchService.Core.Tests.Search.Scoring;

// Counting every match and scoring only the blocks that can reach the top k must give exactly the top
// k of scoring every match term at a time (same documents, same scores, same order), the same total
// and the same facet counts.
public sealed class TopHitsSearchTests(SeedIndexFixture seeds) : IClassFixture<SeedIndexFixture>, IDisposable
{
    private static readonly int[] Sizes = [1, 3, 10, 50];
    private static readonly long[] BlocksFrom = [0, 200];
    private readonly RandomWordIndex index = new();

    [Fact]
    public void Random_combinations_of_words_give_the_top_hits_of_scoring_every_match()
    {
        var searcher = new IndexSearcher(index.Reader);
        var random = new Random(11);
        var handled = 0;
        for (var round = 0; round < 300; round++)
        {
            var query = RandomCombinations.Next(random).Ours;
            var k = Sizes[random.Next(Sizes.Length)];
            // Blocks with bounds on every segment, or on those with many postings (the others in one sweep).
            var blocksFrom = BlocksFrom[random.Next(BlocksFrom.Length)];

            if (EveryMatchScored(searcher, query, k) is not { } expected)
            {
                continue;
            }
            var counted = new TotalHitCountCollector();
            var actual = TermAtATimeSearch.TryTopHits(searcher, query, k, counted, blocksFrom);

            if (actual is null)
            {
                // No segment has enough postings for blocks: left to the one sweep.
                Assert.NotEqual(0, blocksFrom);
                continue;
            }
            handled++;
            AssertSame(expected, actual);
            Assert.Equal(expected.TotalHits, counted.TotalHits);
        }
        // A word of one clause rewrites to that clause, a combination of one word to the word.
        Assert.True(handled > 150, $"only {handled} of the queries were handled");
    }

    [Fact]
    public void Searches_built_from_user_queries_give_the_same_page_total_and_facets()
    {
        using var lease = seeds.Index.Acquire();
        var searcher = lease.Searcher;
        var builder = new LuceneQueryBuilder(seeds.Index.Analysis);
        var vocabulary = seeds.Vocabulary;
        var random = new Random(13);
        var handled = 0;
        for (var round = 0; round < 300; round++)
        {
            var text = string.Join(' ', Enumerable.Range(0, random.Next(1, 4)).Select(_ => vocabulary[random.Next(vocabulary.Count)]));
            Query query;
            try
            {
                query = builder.Build(UserQueryParser.Parse(text)!, searcher.IndexReader).Query;
            }
            catch (QueryBuildException)
            {
                continue;
            }
            var k = Sizes[random.Next(Sizes.Length)];
            // Blocks with bounds on every segment, or on those with many postings (the others in one sweep).
            var blocksFrom = BlocksFrom[random.Next(BlocksFrom.Length)];
            var everyTop = TopScoreDocCollector.Create(k, docsScoredInOrder: true);
            var every = new FacetCollector(SearchFilter.FacetFields, [], everyTop);
            if (!TermAtATimeSearch.TrySearch(searcher, query, every))
            {
                continue;
            }
            // The counting-only collector takes each segment's matches as one set (FacetCollector.CountAll).
            var counted = new FacetCollector(SearchFilter.FacetFields);
            var actual = TermAtATimeSearch.TryTopHits(searcher, query, k, counted, blocksFrom);

            if (actual is null)
            {
                // A phrase, prefix or split clause has no bounds, and a segment of few postings takes the one sweep.
                continue;
            }
            handled++;
            AssertSame(everyTop.GetTopDocs(), actual);
            var (expectedFacets, actualFacets) = (every.Result(), counted.Result());
            Assert.Equal(expectedFacets.Keys, actualFacets.Keys);
            Assert.All(expectedFacets, f => Assert.Equal(f.Value, actualFacets[f.Key]));
        }
        Assert.True(handled > 60, $"only {handled} of the queries were handled");
    }

    // The index-wide document frequencies the query's build read only rule out queries that no segment could
    // score in blocks: with them a query is scored in blocks exactly when it is without them.
    [Fact]
    public void Ruling_out_by_the_index_s_frequencies_never_changes_which_searches_are_scored_in_blocks()
    {
        using var lease = seeds.Index.Acquire();
        var searcher = lease.Searcher;
        var builder = new LuceneQueryBuilder(seeds.Index.Analysis);
        var vocabulary = seeds.Vocabulary;
        var random = new Random(17);
        var (blocks, ruledOut) = (0, 0);
        for (var round = 0; round < 200; round++)
        {
            var text = string.Join(' ', Enumerable.Range(0, random.Next(1, 4)).Select(_ => vocabulary[random.Next(vocabulary.Count)]));
            LuceneQueryBuilder.BuiltQuery built;
            try
            {
                built = builder.Build(UserQueryParser.Parse(text)!, searcher.IndexReader);
            }
            catch (QueryBuildException)
            {
                continue;
            }
            if (TermAtATimeSearch.Planned.Of(searcher, built.Query) is not { } planned)
            {
                continue;
            }
            const long blocksFrom = 40;
            var terms = built.Terms!;
            var without = planned.TryTopHits(10, new TotalHitCountCollector(), blocksFrom);
            var with = TermAtATimeSearch.Planned.Of(searcher, built.Query, terms)!.TryTopHits(10, new TotalHitCountCollector(), blocksFrom);
            Assert.Equal(without is null, with is null);
            if (with is not null)
            {
                blocks++;
                AssertSame(without!, with);
            }
            else
            {
                ruledOut++;
            }
        }
        Assert.True(blocks > 10 && ruledOut > 10, $"{blocks} scored in blocks, {ruledOut} not");
    }

    [Fact]
    public void Ties_keep_the_lower_document_first_whatever_the_order_they_are_offered_in()
    {
        var top = new TopHits(2);
        top.Add(9, 1f);
        top.Add(4, 1f);
        top.Add(7, 1f);
        top.Add(2, 0.5f);

        var docs = top.ToTopDocs(4);

        Assert.Equal([4, 7], docs.ScoreDocs.Select(d => d.Doc));
        Assert.Equal(1f, top.Threshold);
    }

    private static TopDocs? EveryMatchScored(IndexSearcher searcher, Query query, int k)
    {
        var collector = TopScoreDocCollector.Create(k, docsScoredInOrder: true);
        return TermAtATimeSearch.TrySearch(searcher, query, collector) ? collector.GetTopDocs() : null;
    }

    private static void AssertSame(TopDocs expected, TopDocs actual)
    {
        Assert.Equal(expected.TotalHits, actual.TotalHits);
        Assert.Equal(expected.ScoreDocs.Select(d => d.Doc), actual.ScoreDocs.Select(d => d.Doc));
        Assert.Equal(expected.ScoreDocs.Select(d => d.Score), actual.ScoreDocs.Select(d => d.Score));
    }

    public void Dispose() => index.Dispose();
}
