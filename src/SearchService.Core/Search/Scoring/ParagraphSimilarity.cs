using Lucene.Net.Index;
using Lucene.Net.Search.Similarities;
using SearchService.Core.Indexing;

namespace SearchService.Core.Search.Scoring;

/// <summary>
/// Lucene's classic TF-IDF with a floor under a paragraph's length: a paragraph's text with fewer than
/// <see cref="Ranking.ShortestParagraphWords"/> searched words has the length norm of one that long, and so has the
/// field of its compounds' parts with fewer parts (a short paragraph has few). Headings keep their own norm: they are
/// short by nature, and their weights (<see cref="Ranking.Fields"/>) were set with it. The norm, with the
/// paragraph's weight (<see cref="Ranking.RepeatedTextWeight"/>), is written at indexing.
/// </summary>
internal sealed class ParagraphSimilarity : DefaultSimilarity
{
    public override float LengthNorm(FieldInvertState state)
    {
        var words = DiscountOverlaps ? state.Length - state.NumOverlap : state.Length;
        if (state.Name is ParagraphFields.Text or ParagraphFields.TextParts)
        {
            words = Math.Max(words, Ranking.ShortestParagraphWords);
        }
        return state.Boost * (float)(1.0 / Math.Sqrt(words));
    }
}
