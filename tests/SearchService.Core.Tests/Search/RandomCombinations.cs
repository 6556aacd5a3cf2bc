using Lucene.Net.Index;
using Lucene.Net.Search;
using SearchService.Core.Search.Scoring;

namespace SearchService.Core.Tests.Search;

/// <summary>
/// Random queries over <see cref="RandomWordIndex"/> in the shape our query builder makes: words of one to
/// four term clauses in random fields and weights, all required or some optional, sometimes one excluded.
/// </summary>
public static class RandomCombinations
{
    /// <summary>The same query twice: ours (a <see cref="WordCombinationQuery"/> of
    /// <see cref="SmallDisjunctionMaxQuery"/> words) and Lucene's own classes.</summary>
    public static (Query Ours, Query Lucenes) Next(Random random)
    {
        var words = Enumerable.Range(0, random.Next(1, 5)).Select(_ => RandomWord(random)).ToList();
        if (words.Count == 1 && random.Next(2) == 0)
        {
            return (Word(new SmallDisjunctionMaxQuery(words[0].TieBreaker), words[0].Clauses), Word(new DisjunctionMaxQuery(words[0].TieBreaker), words[0].Clauses));
        }
        var ours = new WordCombinationQuery();
        var lucenes = new BooleanQuery();
        var optional = random.Next(2) == 0;
        foreach (var word in words)
        {
            ours.Add(Word(new SmallDisjunctionMaxQuery(word.TieBreaker), word.Clauses), optional ? Occur.SHOULD : Occur.MUST);
            lucenes.Add(Word(new DisjunctionMaxQuery(word.TieBreaker), word.Clauses), optional ? Occur.SHOULD : Occur.MUST);
        }
        if (random.Next(3) == 0)
        {
            var excluded = new TermQuery(new Term(RandomWordIndex.Fields[random.Next(RandomWordIndex.Fields.Length)], RandomWordIndex.Words[random.Next(RandomWordIndex.Words.Length)]));
            ours.Add(excluded, Occur.MUST_NOT);
            lucenes.Add(excluded, Occur.MUST_NOT);
        }
        if (optional && words.Count > 2)
        {
            ours.MinimumNumberShouldMatch = lucenes.MinimumNumberShouldMatch = random.Next(0, words.Count);
        }
        return (ours, lucenes);
    }

    private static (float TieBreaker, List<(string Field, string Word, float Boost)> Clauses) RandomWord(Random random) =>
        ((float)random.NextDouble() * 0.5f,
         [.. Enumerable.Range(0, random.Next(1, 5)).Select(_ => (RandomWordIndex.Fields[random.Next(RandomWordIndex.Fields.Length)], RandomWordIndex.Words[random.Next(RandomWordIndex.Words.Length)], 0.2f + (float)random.NextDouble()))]);

    private static DisjunctionMaxQuery Word(DisjunctionMaxQuery query, IEnumerable<(string Field, string Word, float Boost)> clauses)
    {
        foreach (var (field, word, boost) in clauses)
        {
            query.Add(new TermQuery(new Term(field, word)) { Boost = boost });
        }
        return query;
    }
}
