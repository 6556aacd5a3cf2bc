using Lucene.Net.Index;
using SearchService.Core.Search.Queries;

namespace SearchService.Cluster.Serving;

/// <summary>
/// A shard's answers to its query build's vocabulary questions: the whole corpus's figures where the
/// coordinator sent them; otherwise, with a <paramref name="reader"/>, the shard's own, written down in
/// <see cref="Missing"/> for the coordinator to sum with the other shards'; without one, none (the build
/// reads its index).
/// </summary>
internal sealed class ShardVocabulary(QueryVocabulary corpus, IndexReader? reader = null) : ICorpusVocabulary
{
    /// <summary>The figures read from the shard's own index because <c>corpus</c> lacked them.</summary>
    public QueryVocabulary Missing { get; } = QueryVocabulary.Empty();

    // The paragraphs of an index travel as the document frequency of the empty term in no field, so the
    // coordinator sums them over the shards like every other figure.
    public int? Documents =>
        TryAnswer(corpus.DocFreqs, Missing.DocFreqs, CorpusStatistics.Key("", ""), local => local.MaxDoc, out var found) ? found : null;

    public int? DocFreq(string field, string text) =>
        TryAnswer(corpus.DocFreqs, Missing.DocFreqs, CorpusStatistics.Key(field, text), local => local.DocFreq(new Term(field, text)), out var found)
            ? found : null;

    public IReadOnlyList<(string Term, int DocumentFrequency)>? Restorations(string field, string term, NeighbourBudget? budget) =>
        TryAnswer(corpus.Restorations, Missing.Restorations, CorpusStatistics.Key(field, term),
            local => [.. DiacriticRestorations.Candidates(local, field, term, budget).Select(c => new Spelling(c.Term, c.DocumentFrequency))], out var found)
            ? found.ConvertAll(s => (s.Term, s.DocumentFrequency)) : null;

    public IReadOnlyList<Neighbour>? Neighbours(string field, string term, NeighbourBudget? budget) =>
        TryAnswer(corpus.Neighbours, Missing.Neighbours, CorpusStatistics.Key(field, term),
            local => [.. VocabularyNeighbours.Find(local, field, term, int.MaxValue, budget: budget).Select(n => new NearTerm(n.Term, n.Distance, n.DocumentFrequency))], out var found)
            ? found.ConvertAll(n => new Neighbour(n.Term, n.Distance, n.DocumentFrequency)) : null;

    // The corpus's figure, else the shard's own (written down), else none.
    private bool TryAnswer<T>(Dictionary<string, T> sent, Dictionary<string, T> missing, string key, Func<IndexReader, T> local, out T found)
    {
        if (sent.TryGetValue(key, out found!))
        {
            return true;
        }
        if (reader is null)
        {
            return false;
        }
        found = missing[key] = local(reader);
        return true;
    }
}
