using Lucene.Net.Index;
using Lucene.Net.Search;
using SearchService.Core.Search.Scoring;

namespace SearchService.Core.Tests.Search.Scoring;

// The array scorer must match what Lucene's heap scorer matches and score it the same (up to the
// order in which floats are added), also when advanced inside a conjunction and with deletions.
public sealed class SmallDisjunctionMaxQueryTests : IDisposable
{
    private static readonly string[] Fields = RandomWordIndex.Fields;
    private static readonly string[] Words = RandomWordIndex.Words;
    private readonly RandomWordIndex index = new();

    [Fact]
    public void Matches_and_scores_like_Lucenes_disjunction_max_query()
    {
        var searcher = new IndexSearcher(index.Reader);
        var random = new Random(11);
        for (var round = 0; round < 200; round++)
        {
            var tieBreaker = (float)random.NextDouble() * 0.5f;
            var clauses = Enumerable.Range(0, random.Next(1, 6))
                .Select(_ => (Field: Fields[random.Next(Fields.Length)], Word: Words[random.Next(Words.Length)], Boost: 0.2f + (float)random.NextDouble()))
                .ToList();
            var other = random.Next(3) == 0 ? Words[random.Next(Words.Length)] : null;

            var expected = RandomWordIndex.Hits(searcher, Build(new DisjunctionMaxQuery(tieBreaker), clauses), other);
            var actual = RandomWordIndex.Hits(searcher, Build(new SmallDisjunctionMaxQuery(tieBreaker), clauses), other);

            Assert.Equal(expected.Select(h => h.Doc), actual.Select(h => h.Doc));
            Assert.All(expected.Zip(actual), p => Assert.Equal(p.First.Score, p.Second.Score, 1e-5f));
        }
    }

    private static Query Build(DisjunctionMaxQuery query, IEnumerable<(string Field, string Word, float Boost)> clauses)
    {
        foreach (var (field, word, boost) in clauses)
        {
            query.Add(new TermQuery(new Term(field, word)) { Boost = boost });
        }
        return query;
    }

    public void Dispose() => index.Dispose();
}
