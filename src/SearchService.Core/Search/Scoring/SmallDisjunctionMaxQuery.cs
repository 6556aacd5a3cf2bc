using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace SearchService.Core.Search.Scoring;

/// <summary>
/// A <see cref="DisjunctionMaxQuery"/> (same matches, same score: the best clause plus the tie-breaker
/// times the others) with a scorer made for the handful of clauses each searched word has (text,
/// section, title, parts, folded). Lucene's scorer keeps its clauses in a heap, which profiling showed
/// to be most of the time of a word matching a third of a million paragraphs; this one keeps their
/// current documents in an array and scans it.
/// </summary>
internal sealed class SmallDisjunctionMaxQuery(float tieBreakerMultiplier) : DisjunctionMaxQuery(tieBreakerMultiplier)
{
    /// <inheritdoc />
    public override Weight CreateWeight(IndexSearcher searcher) => new SmallWeight(this, searcher);

    /// <summary>What the weight shows so <see cref="TermAtATimeSearch"/> can score the clauses one after another.</summary>
    internal interface IClauseWeights
    {
        /// <summary>The clauses' weights, in clause order (the order the scorer adds their scores).</summary>
        IList<Weight> Clauses { get; }

        /// <summary>The share of the other clauses' scores added to the best one.</summary>
        float TieBreaker { get; }
    }

    private sealed class SmallWeight(SmallDisjunctionMaxQuery query, IndexSearcher searcher) : DisjunctionMaxWeight(query, searcher), IClauseWeights
    {
        public IList<Weight> Clauses => m_weights;

        public float TieBreaker => query.TieBreakerMultiplier;

        public override Scorer? GetScorer(AtomicReaderContext context, IBits? acceptDocs)
        {
            var scorers = new List<Scorer>(m_weights.Count);
            foreach (var weight in m_weights)
            {
                if (weight.GetScorer(context, acceptDocs) is { } scorer)
                {
                    scorers.Add(scorer);
                }
            }
            return scorers.Count == 0 ? null : new ArrayDisjunctionScorer(this, query.TieBreakerMultiplier, [.. scorers]);
        }
    }
}

/// <summary>Scores the documents any of a few scorers match: best score plus the tie-breaker times the rest,
/// or (<see cref="Sum"/>) the sum of the scores.</summary>
internal sealed class ArrayDisjunctionScorer : Scorer
{
    private readonly Scorer[] scorers;
    private readonly int[] positions;
    private readonly float tieBreaker;
    private readonly bool sums;
    private int doc = -1;

    public ArrayDisjunctionScorer(Weight weight, float tieBreaker, Scorer[] scorers) : this(weight, tieBreaker, scorers, sums: false)
    {
    }

    private ArrayDisjunctionScorer(Weight weight, float tieBreaker, Scorer[] scorers, bool sums) : base(weight)
    {
        this.scorers = scorers;
        this.tieBreaker = tieBreaker;
        this.sums = sums;
        positions = new int[scorers.Length];
        Array.Fill(positions, -1);
    }

    /// <summary>Scores a document as the sum of the scores on it, added as floats in the order of
    /// <paramref name="scorers"/> (<see cref="TermSumQuery"/>).</summary>
    public static ArrayDisjunctionScorer Sum(Weight weight, Scorer[] scorers) => new(weight, 1f, scorers, sums: true);

    public override int DocID => doc;

    public override int Freq
    {
        get
        {
            var freq = 0;
            foreach (var position in positions)
            {
                freq += position == doc ? 1 : 0;
            }
            return freq;
        }
    }

    public override int NextDoc()
    {
        var next = NO_MORE_DOCS;
        for (var i = 0; i < scorers.Length; i++)
        {
            if (positions[i] == doc)
            {
                positions[i] = scorers[i].NextDoc();
            }
            next = Math.Min(next, positions[i]);
        }
        return doc = next;
    }

    public override int Advance(int target)
    {
        var next = NO_MORE_DOCS;
        for (var i = 0; i < scorers.Length; i++)
        {
            if (positions[i] < target)
            {
                positions[i] = scorers[i].Advance(target);
            }
            next = Math.Min(next, positions[i]);
        }
        return doc = next;
    }

    public override float GetScore()
    {
        float sum = 0, max = float.MinValue;
        for (var i = 0; i < scorers.Length; i++)
        {
            if (positions[i] == doc)
            {
                var score = scorers[i].GetScore();
                sum += score;
                max = Math.Max(max, score);
            }
        }
        return sums ? sum : max + (sum - max) * tieBreaker;
    }

    public override long GetCost()
    {
        long cost = 0;
        foreach (var scorer in scorers)
        {
            cost += scorer.GetCost();
        }
        return cost;
    }

    public override ICollection<ChildScorer> GetChildren() => [.. scorers.Select(s => new ChildScorer(s, "SHOULD"))];
}
