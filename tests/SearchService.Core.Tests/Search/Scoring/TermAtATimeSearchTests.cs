using Lucene.Net.Index;
using Lucene.Net.Search;
using SearchService.Core.Indexing;
using SearchService.Core.Search;
using SearchService.Core.Search.Facets;
using SearchService.Core.Search.Queries;
using SearchService.Core.Search.Scoring;

namespace SearchService.Core.Tests.Search.Scoring;

// Term-at-a-time scoring must collect exactly the matches Lucene's scorers collect, with the same
// scores (up to the order in which the floats of different words are added) and the same facets.
public sealed class TermAtATimeSearchTests(SeedIndexFixture seeds) : IClassFixture<SeedIndexFixture>, IDisposable
{
    private static readonly string[] Regions = ["Skåne", "Värmland", "Östergötland", "Västernorrland"];
    private readonly RandomWordIndex index = new();

    [Fact]
    public void Combinations_of_words_match_and_score_like_Lucenes_boolean_and_disjunction_queries()
    {
        var searcher = new IndexSearcher(index.Reader);
        var random = new Random(3);
        var handled = 0;
        for (var round = 0; round < 300; round++)
        {
            var (ours, lucenes) = RandomCombinations.Next(random);

            var (expected, _) = AllHits(searcher, lucenes, termAtATime: false);
            var (actual, wasHandled) = AllHits(searcher, ours, termAtATime: true);

            handled += wasHandled ? 1 : 0;
            Assert.Equal(expected.Select(h => h.Doc), actual.Select(h => h.Doc));
            Assert.All(expected.Zip(actual), p => Assert.Equal(p.First.Score, p.Second.Score, 1e-5f));
        }
        // A word of one clause rewrites to that clause, a combination of one word to the word.
        Assert.True(handled > 250, $"only {handled} of the queries were scored term at a time");
    }

    [Fact]
    public void Searches_built_from_user_queries_find_the_same_hits_scores_and_facets()
    {
        using var lease = seeds.Index.Acquire();
        var searcher = lease.Searcher;
        var builder = new LuceneQueryBuilder(seeds.Index.Analysis);
        var vocabulary = seeds.Vocabulary;
        var random = new Random(5);
        var handled = 0;
        for (var round = 0; round < 300; round++)
        {
            var text = RandomUserQuery(random, vocabulary);
            if (UserQueryParser.Parse(text) is not { } parsed)
            {
                continue;
            }
            LuceneQueryBuilder.BuiltQuery built;
            try
            {
                built = builder.Build(parsed, searcher.IndexReader);
            }
            catch (QueryBuildException)
            {
                continue;
            }
            var filters = random.Next(2) == 0 ? [new SearchFilter(ParagraphFields.Region, Regions[random.Next(Regions.Length)])] : Array.Empty<SearchFilter>();

            var (expectedHits, expectedFacets, _) = Faceted(searcher, built.Query, filters, termAtATime: false);
            var (actualHits, actualFacets, wasHandled) = Faceted(searcher, built.Query, filters, termAtATime: true);

            handled += wasHandled ? 1 : 0;
            Assert.Equal(expectedHits.TotalHits, actualHits.TotalHits);
            var expected = expectedHits.ScoreDocs.OrderBy(d => d.Doc).ToList();
            var actual = actualHits.ScoreDocs.OrderBy(d => d.Doc).ToList();
            Assert.Equal(expected.Select(h => h.Doc), actual.Select(h => h.Doc));
            Assert.All(expected.Zip(actual), p => Assert.Equal(p.First.Score, p.Second.Score, 1e-5f));
            Assert.Equal(expectedFacets.Keys, actualFacets.Keys);
            Assert.All(expectedFacets, f => Assert.Equal(f.Value, actualFacets[f.Key]));
        }
        Assert.True(handled > 200, $"only {handled} of the queries were scored term at a time");
    }

    [Fact]
    public void Queries_of_other_shapes_are_left_to_Lucene()
    {
        var searcher = new IndexSearcher(index.Reader);
        var collector = TopScoreDocCollector.Create(10, docsScoredInOrder: true);

        Assert.False(TermAtATimeSearch.TrySearch(searcher, new TermQuery(new Term("a", "vård")), collector));
        Assert.False(TermAtATimeSearch.TrySearch(searcher, new BooleanQuery { { new TermQuery(new Term("a", "vård")), Occur.MUST } }, collector));
        Assert.Equal(0, collector.TotalHits);
    }

    private static (List<ScoreDoc> Hits, bool Handled) AllHits(IndexSearcher searcher, Query query, bool termAtATime)
    {
        var collector = TopScoreDocCollector.Create(searcher.IndexReader.MaxDoc, docsScoredInOrder: true);
        var handled = termAtATime && TermAtATimeSearch.TrySearch(searcher, query, collector);
        if (!handled)
        {
            searcher.Search(query, collector);
        }
        return ([.. collector.GetTopDocs().ScoreDocs.OrderBy(d => d.Doc)], handled);
    }

    private static (TopDocs Hits, IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Facets, bool Handled) Faceted(
        IndexSearcher searcher, Query query, IReadOnlyList<SearchFilter> filters, bool termAtATime)
    {
        var top = TopScoreDocCollector.Create(searcher.IndexReader.MaxDoc, docsScoredInOrder: true);
        var collector = new FacetCollector(SearchFilter.FacetFields, filters, top);
        var handled = termAtATime && TermAtATimeSearch.TrySearch(searcher, query, collector);
        if (!handled)
        {
            searcher.Search(query, collector);
        }
        return (top.GetTopDocs(), collector.Result(), handled);
    }

    // One to five words, some as a phrase, an exclusion, an alternative or a prefix.
    private static string RandomUserQuery(Random random, List<string> vocabulary)
    {
        var parts = Enumerable.Range(0, random.Next(1, 6)).Select(_ => vocabulary[random.Next(vocabulary.Count)]).ToList();
        return random.Next(6) switch
        {
            0 => $"\"{string.Join(' ', parts.Take(2))}\" {string.Join(' ', parts.Skip(2))}",
            1 when parts.Count > 1 => $"{string.Join(' ', parts.Skip(1))} -{parts[0]}",
            2 when parts.Count > 1 => $"{parts[0]} OR {string.Join(' ', parts.Skip(1))}",
            3 => $"{parts[0][..Math.Min(3, parts[0].Length)]}* {string.Join(' ', parts.Skip(1))}",
            _ => string.Join(' ', parts),
        };
    }

    public void Dispose() => index.Dispose();
}
