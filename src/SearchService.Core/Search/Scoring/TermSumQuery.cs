using Lucene.Net.Search;

namespace SearchService.Core.Search.Scoring;

/// <summary>
/// Optional term clauses whose scores add up, without coordination: a word's base form with the bonus for
/// its written form (<see cref="Queries.SwedishWordClauses.WithWrittenForm"/>). A <see cref="BooleanQuery"/>
/// whose weight shows its clauses' weights, so a top-k search can bound its score by the sum of their
/// bounds (<see cref="TermScoreBounds"/>).
/// </summary>
internal sealed class TermSumQuery : BooleanQuery
{
    /// <summary>The sum of <paramref name="clauses"/>' scores.</summary>
    public TermSumQuery(params TermQuery[] clauses) : base(disableCoord: true)
    {
        foreach (var clause in clauses)
        {
            Add(clause, Occur.SHOULD);
        }
    }

    /// <summary>The terms of a term query or of a <see cref="TermSumQuery"/>; null for any other query.</summary>
    public static IEnumerable<Lucene.Net.Index.Term>? TermsOf(Query query) => query switch
    {
        TermQuery term => [term.Term],
        TermSumQuery sum => sum.Clauses.Select(c => ((TermQuery)c.Query).Term),
        _ => null,
    };

    /// <inheritdoc />
    public override Weight CreateWeight(IndexSearcher searcher) => new SumWeight(this, searcher);

    /// <summary>The weight of a <see cref="TermSumQuery"/>, with its clauses' weights.</summary>
    public sealed class SumWeight(TermSumQuery query, IndexSearcher searcher) : BooleanWeight(query, searcher, disableCoord: true)
    {
        /// <summary>The weights of the term clauses whose scores the query adds.</summary>
        public IList<Weight> Clauses => m_weights;
    }
}
