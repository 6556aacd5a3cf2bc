using Lucene.Net.Index;
using Lucene.Net.Search;
using SearchService.Core.Search;
using SearchService.Core.Search.Queries;
using SearchService.Core.Search.Scoring;

namespace SearchService.Cluster.Serving;

/// <summary>
/// A shard's statistics for a query: the query is built as <see cref="ParagraphSearcher"/> builds it and
/// weighted by a searcher that writes down every term and field statistic the weighting asks for — exactly
/// the figures scoring will use, whatever query classes the Swedish clauses make.
/// </summary>
internal static class StatisticsRecorder
{
    /// <summary>The statistics <paramref name="request"/>'s query reads on <paramref name="index"/>; empty when the query has nothing to search.</summary>
    public static CorpusStatistics Record(ParagraphIndex index, SearchRequest request)
    {
        var terms = new Dictionary<string, long[]>(StringComparer.Ordinal);
        var fields = new Dictionary<string, long[]>(StringComparer.Ordinal);
        if (UserQueryParser.Parse(request.Query) is not { } parsed)
        {
            return new CorpusStatistics(terms, fields);
        }
        using var lease = index.Acquire();
        var reader = lease.Searcher.IndexReader;
        LuceneQueryBuilder.BuiltQuery built;
        try
        {
            built = new LuceneQueryBuilder(index.Analysis).Build(parsed, reader);
        }
        catch (QueryBuildException)
        {
            return new CorpusStatistics(terms, fields);
        }
        new Recorder(reader, terms, fields) { Similarity = Ranking.Similarity }.CreateNormalizedWeight(built.Query);
        return new CorpusStatistics(terms, fields);
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
