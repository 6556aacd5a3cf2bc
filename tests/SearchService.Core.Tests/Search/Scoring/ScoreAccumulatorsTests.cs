using Lucene.Net.Index;
using Lucene.Net.Search;
using SearchService.Core.Search.Scoring;

namespace SearchService.Core.Tests.Search.Scoring;

// A search's hits must not depend on how many other searches run: every search is scored term at a
// time, waiting for a set of score accumulators when all are in use, never by Lucene's scorers, whose
// float sums differ in the last bit (hits of equal score could swap places under load).
public sealed class ScoreAccumulatorsTests : IDisposable
{
    private readonly RandomWordIndex index = new();

    [Fact]
    public async Task A_search_finding_every_set_in_use_waits_for_one_and_gives_the_same_hits()
    {
        var searcher = new IndexSearcher(index.Reader);
        var word = new SmallDisjunctionMaxQuery(0.1f) { new TermQuery(new Term("a", "vård")) { Boost = 1f }, new TermQuery(new Term("b", "vård")) { Boost = 0.5f } };
        var alone = TermAtATime(searcher, word);

        var rented = Enumerable.Range(0, ScoreAccumulators.Limit).Select(_ => ScoreAccumulators.Rent(index.Reader.MaxDoc)).ToList();
        var waiting = Task.Run(() => TermAtATime(searcher, word));
        try
        {
            // Without a free set the search cannot finish, however long it is given.
            await Task.Delay(TimeSpan.FromMilliseconds(200));
            Assert.False(waiting.IsCompleted);
        }
        finally
        {
            rented.ForEach(ScoreAccumulators.Return);
        }

        AssertSame(alone, await waiting);
    }

    [Fact]
    public void Many_searches_at_once_give_the_hits_each_gives_alone()
    {
        var searcher = new IndexSearcher(index.Reader);
        var random = new Random(3);
        var queries = Enumerable.Range(0, 30).Select(_ => RandomCombinations.Next(random).Ours)
            .Where(q => TermAtATimeSearch.TrySearch(searcher, q, TopScoreDocCollector.Create(1, docsScoredInOrder: true))).ToList();
        var alone = queries.Select(q => TermAtATime(searcher, q)).ToList();
        // Lucene's scorers add the same floats in another order: with them, some hits would score differently.
        Assert.Contains(queries.Zip(alone), p => !Scores(p.Second).SequenceEqual(Scores(Lucenes(searcher, p.First))));

        // Three times as many threads as sets, each searching every query from its own start: most searches find every set in use.
        var hits = Enumerable.Range(0, ScoreAccumulators.Limit * 3).Select(_ => new TopDocs[queries.Count]).ToList();
        var threads = hits.Select((own, t) => new Thread(() =>
        {
            for (var i = 0; i < queries.Count; i++)
            {
                var q = (i + t) % queries.Count;
                own[q] = Searched(searcher, queries[q]);
            }
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());

        Assert.All(hits, own => Assert.All(own.Zip(alone), p => AssertSame(p.Second, p.First)));
    }

    private static TopDocs Lucenes(IndexSearcher searcher, Query query)
    {
        var collector = TopScoreDocCollector.Create(searcher.IndexReader.MaxDoc, docsScoredInOrder: true);
        searcher.Search(query, collector);
        return collector.GetTopDocs();
    }

    // Every hit, best first, as FacetedSearch searches: term at a time when the query allows.
    private static TopDocs Searched(IndexSearcher searcher, Query query)
    {
        var collector = TopScoreDocCollector.Create(searcher.IndexReader.MaxDoc, docsScoredInOrder: true);
        if (!TermAtATimeSearch.TrySearch(searcher, query, collector))
        {
            searcher.Search(query, collector);
        }
        return collector.GetTopDocs();
    }

    private static TopDocs TermAtATime(IndexSearcher searcher, Query query)
    {
        var collector = TopScoreDocCollector.Create(searcher.IndexReader.MaxDoc, docsScoredInOrder: true);
        Assert.True(TermAtATimeSearch.TrySearch(searcher, query, collector));
        return collector.GetTopDocs();
    }

    private static IEnumerable<(int Doc, float Score)> Scores(TopDocs hits) => hits.ScoreDocs.Select(d => (d.Doc, d.Score)).OrderBy(d => d.Doc);

    private static void AssertSame(TopDocs expected, TopDocs actual)
    {
        Assert.Equal(expected.TotalHits, actual.TotalHits);
        Assert.Equal(expected.ScoreDocs.Select(d => d.Doc), actual.ScoreDocs.Select(d => d.Doc));
        Assert.Equal(expected.ScoreDocs.Select(d => d.Score), actual.ScoreDocs.Select(d => d.Score));
    }

    public void Dispose() => index.Dispose();
}
