using Lucene.Net.Search;

namespace SearchService.Core.Search.Scoring;

/// <summary>
/// Hands a collector the score <see cref="TermAtATimeSearch"/> computed for the document being
/// collected; it is not itself iterated.
/// </summary>
internal sealed class AccumulatedScorer(Weight weight) : Scorer(weight)
{
    private int doc = -1;
    private float score;

    public override int DocID => doc;

    public override int Freq => 1;

    public void Set(int document, float documentScore)
    {
        doc = document;
        score = documentScore;
    }

    public override float GetScore() => score;

    public override int NextDoc() => throw new NotSupportedException("Scores are set by the term-at-a-time search.");

    public override int Advance(int target) => throw new NotSupportedException("Scores are set by the term-at-a-time search.");

    public override long GetCost() => 1;
}
