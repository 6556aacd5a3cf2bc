using Lucene.Net.Search;

namespace SearchService.Core.Search.Scoring;

/// <summary>
/// A <see cref="BooleanQuery"/> combining the searched words (all, most, any of them, or excluded):
/// same matches and scores, with a weight that shows its clauses' weights so <see cref="TermAtATimeSearch"/>
/// can score the words one after another.
/// </summary>
internal sealed class WordCombinationQuery : BooleanQuery
{
    /// <inheritdoc />
    public override Weight CreateWeight(IndexSearcher searcher) => new CombinationWeight(this, searcher);

    /// <summary>The weight of a <see cref="WordCombinationQuery"/>.</summary>
    internal sealed class CombinationWeight(WordCombinationQuery query, IndexSearcher searcher) : BooleanWeight(query, searcher, query.CoordDisabled)
    {
        /// <summary>The clauses' weights, one per clause in clause order.</summary>
        public IList<Weight> Clauses => m_weights;

        /// <summary>The clauses, in the order of <see cref="Clauses"/>.</summary>
        public IList<BooleanClause> QueryClauses => query.Clauses;

        /// <summary>How many optional clauses a match needs.</summary>
        public int MinimumShouldMatch => query.MinimumNumberShouldMatch;
    }
}
