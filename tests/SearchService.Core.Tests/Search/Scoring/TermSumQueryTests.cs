using Lucene.Net.Index;
using Lucene.Net.Search;
using SearchService.Core.Search.Scoring;

namespace SearchService.Core.Tests.Search.Scoring;

// A term sum must match and score exactly as Lucene's boolean query of the same optional terms without
// coordination: to the last bit, since ranking ties are broken by document and a changed float moves hits.
public sealed class TermSumQueryTests : IDisposable
{
    private static readonly string[] Fields = RandomWordIndex.Fields;
    private static readonly string[] Words = RandomWordIndex.Words;
    private readonly RandomWordIndex index = new();

    [Fact]
    public void Matches_and_scores_to_the_bit_like_Lucenes_boolean_query_alone_and_inside_a_conjunction()
    {
        var searcher = new IndexSearcher(index.Reader);
        var random = new Random(23);
        var pairs = 0;
        for (var round = 0; round < 300; round++)
        {
            // Mostly two terms (the pair scorer), sometimes one, three or a term no document holds.
            var count = random.Next(4) == 0 ? random.Next(1, 4) : 2;
            var terms = Enumerable.Range(0, count)
                .Select(_ => (Term: new Term(Fields[random.Next(Fields.Length)], random.Next(10) == 0 ? "saknas" : Words[random.Next(Words.Length)]), Boost: 0.1f + (float)random.NextDouble()))
                .ToList();
            pairs += count == 2 ? 1 : 0;
            var other = random.Next(3) == 0 ? Words[random.Next(Words.Length)] : null;

            var lucene = new BooleanQuery(disableCoord: true);
            foreach (var (term, boost) in terms)
            {
                lucene.Add(new TermQuery(term) { Boost = boost }, Occur.SHOULD);
            }
            var ours = new TermSumQuery([.. terms.Select(t => new TermQuery(t.Term) { Boost = t.Boost })]);

            var (expected, actual) = (RandomWordIndex.Hits(searcher, lucene, other), RandomWordIndex.Hits(searcher, ours, other));
            Assert.Equal(expected.Select(h => (h.Doc, h.Score)), actual.Select(h => (h.Doc, h.Score)));
        }
        Assert.True(pairs > 150);
    }

    public void Dispose() => index.Dispose();
}
