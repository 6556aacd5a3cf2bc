using Lucene.Net.Index;
using Lucene.Net.Search;
using SearchService.Core.Search;
using SearchService.Core.Search.Scoring;

namespace SearchService.Cluster.Serving;

/// <summary>
/// A replica's searcher: scores with <see cref="CorpusStatistics.Current"/> where the coordinator sent
/// them, so a shard ranks as the single node would; the shard's own figures otherwise. Lucene made
/// <see cref="IndexSearcher.TermStatistics"/> and <see cref="IndexSearcher.CollectionStatistics"/> overridable for this.
/// </summary>
public sealed class CorpusStatisticsSearcher(IndexReader reader) : IndexVocabulary.Searcher(reader)
{
    /// <inheritdoc />
    public override TermStatistics TermStatistics(Term term, TermContext context) =>
        CorpusStatistics.Current.Value?.Terms.GetValueOrDefault(CorpusStatistics.Key(term.Field, term.Text)) is { } global
            ? new TermStatistics(term.Bytes, global[0], global[1])
            : base.TermStatistics(term, context);

    /// <inheritdoc />
    public override CollectionStatistics CollectionStatistics(string field) =>
        CorpusStatistics.Current.Value?.Fields.GetValueOrDefault(field) is { } global
            ? new CollectionStatistics(field, global[0], global[1], global[2], global[3])
            : base.CollectionStatistics(field);

    /// <summary>Makes the searchers of a replica's <see cref="SearcherManager"/>.</summary>
    public sealed class Factory : SearcherFactory
    {
        /// <inheritdoc />
        public override IndexSearcher NewSearcher(IndexReader reader) => new CorpusStatisticsSearcher(reader) { Similarity = Ranking.Similarity };
    }
}
