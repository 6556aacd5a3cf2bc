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

        /// <summary>Two terms (a base form and its written form, the usual case) are merged by
        /// <see cref="ArrayDisjunctionScorer.Sum"/>, not Lucene's disjunction with its heap (6 % of a request's CPU in a
        /// profile of the peers harness's queries); any other number by Lucene's. Lucene adds the scores in a double and
        /// rounds to a float; two floats' sum rounded once is the same float whichever is added first, so the scores
        /// are equal to the last bit. For three or more the order of the additions would matter.</summary>
        public override Scorer? GetScorer(Lucene.Net.Index.AtomicReaderContext context, Lucene.Net.Util.IBits? acceptDocs)
        {
            if (m_weights.Count != 2)
            {
                return base.GetScorer(context, acceptDocs);
            }
            var (first, second) = (m_weights[0].GetScorer(context, acceptDocs), m_weights[1].GetScorer(context, acceptDocs));
            // One term alone scores as itself: Lucene's scorer for one optional clause multiplies by a coordination of 1.
            return first is null ? second : second is null ? first : ArrayDisjunctionScorer.Sum(this, [first, second]);
        }
    }
}
