using Lucene.Net.Search;

namespace SearchService.Core.Search.Scoring;

/// <summary>
/// The best <c>k</c> documents offered, by score and then by lower document number, the order
/// <see cref="TopScoreDocCollector"/> keeps when documents come in order; here they may come in any
/// order (the blocks with the highest score bounds first), so the tie is decided by the document
/// number itself. A min-heap whose root is the worst kept hit: <see cref="Threshold"/> is what a new
/// document must beat once the heap is full.
/// </summary>
internal sealed class TopHits(int k)
{
    private readonly ScoreDoc[] heap = new ScoreDoc[Math.Max(1, k)];
    private int count;

    /// <summary>How many hits are kept at most.</summary>
    public int Capacity => heap.Length;

    /// <summary>True when <c>k</c> hits are kept, so a document scoring below <see cref="Threshold"/> cannot enter.</summary>
    public bool IsFull => count == heap.Length;

    /// <summary>The score of the worst kept hit once full; negative infinity before.</summary>
    public float Threshold => IsFull ? heap[0].Score : float.NegativeInfinity;

    /// <summary>Offers global document <paramref name="doc"/> with <paramref name="score"/>.</summary>
    public void Add(int doc, float score)
    {
        if (count < heap.Length)
        {
            heap[count] = new ScoreDoc(doc, score);
            SiftUp(count++);
            return;
        }
        if (!Better(score, doc, heap[0]))
        {
            return;
        }
        heap[0].Doc = doc;
        heap[0].Score = score;
        SiftDown(0);
    }

    /// <summary>The kept hits, best first, with <paramref name="totalHits"/> as the total.</summary>
    public TopDocs ToTopDocs(int totalHits)
    {
        var hits = heap[..count];
        Array.Sort(hits, (a, b) => Better(a.Score, a.Doc, b) ? -1 : Better(b.Score, b.Doc, a) ? 1 : 0);
        return new TopDocs(totalHits, hits, hits.Length == 0 ? float.NaN : hits[0].Score);
    }

    private static bool Better(float score, int doc, ScoreDoc than) => score > than.Score || (score == than.Score && doc < than.Doc);

    private void SiftUp(int i)
    {
        while (i > 0)
        {
            var parent = (i - 1) / 2;
            if (!Better(heap[parent].Score, heap[parent].Doc, heap[i]))
            {
                return;
            }
            (heap[parent], heap[i]) = (heap[i], heap[parent]);
            i = parent;
        }
    }

    private void SiftDown(int i)
    {
        while (true)
        {
            var worst = i;
            foreach (var child in (ReadOnlySpan<int>)[(2 * i) + 1, (2 * i) + 2])
            {
                if (child < count && Better(heap[worst].Score, heap[worst].Doc, heap[child]))
                {
                    worst = child;
                }
            }
            if (worst == i)
            {
                return;
            }
            (heap[worst], heap[i]) = (heap[i], heap[worst]);
            i = worst;
        }
    }
}
