using Lucene.Net.Index;
using Lucene.Net.Search;
using SearchService.Core.Search;
using SearchService.Core.Search.Queries;
using SearchService.Core.Search.Scoring;

namespace SearchService.Cluster.Serving;

/// <summary>
/// A shard's part of a query's plan: the query is built as <see cref="ParagraphSearcher"/> builds it, deciding
/// by the corpus's vocabulary figures the coordinator sent (<see cref="ShardVocabulary"/>, noting what they
/// lacked), and weighted — strict and relaxed — by a searcher that writes down every term and field statistic
/// the weighting asks for: exactly the figures scoring will use, whatever query classes the Swedish clauses make.
/// </summary>
internal static class StatisticsRecorder
{
    /// <summary>What <paramref name="request"/>'s query reads on <paramref name="index"/> when built with
    /// <paramref name="corpus"/>'s figures; empty when the query has nothing to search.</summary>
    public static ShardPlan Record(ParagraphIndex index, SearchRequest request, QueryVocabulary corpus)
    {
        var terms = new Dictionary<string, long[]>(StringComparer.Ordinal);
        var fields = new Dictionary<string, long[]>(StringComparer.Ordinal);
        var none = new ShardPlan(new CorpusStatistics(terms, fields), QueryVocabulary.Empty(), false);
        if (UserQueryParser.Parse(request.Query) is not { } parsed)
        {
            return none;
        }
        using var lease = index.Acquire();
        var reader = lease.Searcher.IndexReader;
        var vocabulary = new ShardVocabulary(corpus, reader);
        var builder = new LuceneQueryBuilder(index.Analysis);
        LuceneQueryBuilder.BuiltQuery built;
        try
        {
            built = builder.Build(parsed, reader, vocabulary);
        }
        catch (QueryBuildException)
        {
            return none;
        }
        var recorder = new Recorder(reader, terms, fields) { Similarity = Ranking.Similarity };
        recorder.CreateNormalizedWeight(built.Query);
        var relaxed = builder.Relax(parsed, built, reader);
        if (relaxed is not null)
        {
            recorder.CreateNormalizedWeight(relaxed);
        }
        return new ShardPlan(new CorpusStatistics(terms, fields), vocabulary.Missing, relaxed is not null);
    }

    private sealed class Recorder(IndexReader reader, Dictionary<string, long[]> terms, Dictionary<string, long[]> fields) : IndexSearcher(reader)
    {
        public override TermStatistics TermStatistics(Term term, TermContext context)
        {
            var local = base.TermStatistics(term, context);
            terms[CorpusStatistics.Key(term.Field, term.Text)] = [local.DocFreq, local.TotalTermFreq];
            return local;
        }

        public override CollectionStatistics CollectionStatistics(string field)
        {
            var local = base.CollectionStatistics(field);
            fields[field] = [local.MaxDoc, local.DocCount, local.SumTotalTermFreq, local.SumDocFreq];
            return local;
        }
    }
}
