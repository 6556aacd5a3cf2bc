using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace SearchService.Core.Search.Scoring;

/// <summary>
/// Upper bounds of a term clause's score per block of <see cref="BlockSize"/> documents of a segment,
/// so a top-k search can skip blocks that cannot reach the k-th score (Lucene.Net 4.8 stores no
/// block maxima). A term's score is a query-dependent factor (boost, idf, query norm) times a
/// document-dependent one (frequency, length norm): the block maxima are read once per segment and term
/// with a reference query of the bare term and kept with one reference document's score; a clause's
/// bounds are those maxima times the ratio of its score to the reference score on that document.
/// </summary>
internal static class TermScoreBounds
{
    /// <summary>Documents per block, a multiple of 64 so a block is whole words of <see cref="DocBits"/>.</summary>
    public const int BlockShift = 8;

    /// <summary>Documents per block.</summary>
    public const int BlockSize = 1 << BlockShift;

    // Terms of fewer documents are read when asked (a cheap pass); commoner ones are kept, this many a segment.
    private const int KeptFromDocumentFrequency = 1_024;
    private const int MaxKeptTerms = 1_024;

    // Float rounding of the two scores the ratio comes from, with room to spare.
    private const double Margin = 1.0001;

    // Keyed by the segment's core: the bounds count deleted documents too, so deletions do not change them.
    private static readonly ConditionalWeakTable<object, ConcurrentDictionary<Term, Maxima>> KeptMaxima = new();

    // The reference scores' block maxima and one document with its reference score (-1: no document).
    private sealed record Maxima(float[] Blocks, int ProbeDoc, float ProbeScore);

    /// <summary>Number of blocks of a segment of <paramref name="maxDoc"/> documents.</summary>
    public static int Blocks(int maxDoc) => (maxDoc + BlockSize - 1) >> BlockShift;

    /// <summary>Adds the bounds of <paramref name="clause"/> in <paramref name="leaf"/>, block by block, to
    /// <paramref name="best"/> (the largest so far) and <paramref name="sum"/>, using <paramref name="scratch"/>
    /// (as long) for a sum of terms; false when the clause is no term query or sum of them
    /// (<see cref="TermSumQuery"/>), whose scores have no bounds here. Allocates nothing but the clause's scorers.</summary>
    public static bool AddTo(IndexSearcher searcher, AtomicReaderContext leaf, Weight clause, Span<double> best, Span<double> sum, Span<double> scratch)
    {
        if (clause is TermSumQuery.SumWeight termSum)
        {
            // A sum of term scores is bounded by the sum of their bounds: one clause of the word.
            scratch.Clear();
            foreach (var part in termSum.Clauses)
            {
                if (!AddTermTo(searcher, leaf, part, new Target([], scratch)))
                {
                    return false;
                }
            }
            for (var block = 0; block < best.Length; block++)
            {
                best[block] = Math.Max(best[block], scratch[block]);
                sum[block] += scratch[block];
            }
            return true;
        }
        return AddTermTo(searcher, leaf, clause, new Target(best, sum));
    }

    // Where a term's bounds go: the largest (unless empty) and the sum, by block.
    private readonly ref struct Target(Span<double> best, Span<double> sum)
    {
        private readonly Span<double> best = best;
        private readonly Span<double> sum = sum;

        public void Add(int block, double bound)
        {
            if (!best.IsEmpty)
            {
                best[block] = Math.Max(best[block], bound);
            }
            sum[block] += bound;
        }
    }

    private static bool AddTermTo(IndexSearcher searcher, AtomicReaderContext leaf, Weight clause, Target target)
    {
        if (clause.Query is not TermQuery { Term: var term })
        {
            return false;
        }
        if (Kept(searcher, leaf, term) is not { } maxima)
        {
            // A rare term: the maxima of the clause's own scores, in one pass over its few documents.
            if (clause.GetScorer(leaf, acceptDocs: null) is { } own)
            {
                AddOwnMaxima(own, target);
            }
            return true;
        }
        if (maxima.ProbeDoc < 0)
        {
            return true;
        }
        if (clause.GetScorer(leaf, acceptDocs: null) is not { } scorer || scorer.Advance(maxima.ProbeDoc) != maxima.ProbeDoc)
        {
            return false;
        }
        var ratio = (double)scorer.GetScore() / maxima.ProbeScore;
        if (!(ratio > 0) || double.IsInfinity(ratio))
        {
            return false;
        }
        for (var block = 0; block < maxima.Blocks.Length; block++)
        {
            target.Add(block, maxima.Blocks[block] * ratio * Margin);
        }
        return true;
    }

    // The largest score of each block with a document, passed on as the documents come in order.
    private static void AddOwnMaxima(Scorer scorer, Target target)
    {
        var (block, max) = (-1, 0f);
        for (var doc = scorer.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = scorer.NextDoc())
        {
            if (doc >> BlockShift != block)
            {
                if (block >= 0)
                {
                    target.Add(block, max * Margin);
                }
                (block, max) = (doc >> BlockShift, 0f);
            }
            max = Math.Max(max, scorer.GetScore());
        }
        if (block >= 0)
        {
            target.Add(block, max * Margin);
        }
    }

    // The kept maxima of a common term, read now when not yet kept; null for a rare term or when the
    // segment keeps as many as it may.
    private static Maxima? Kept(IndexSearcher searcher, AtomicReaderContext leaf, Term term)
    {
        var reader = leaf.AtomicReader;
        var terms = KeptMaxima.GetValue(reader.CoreCacheKey, _ => new ConcurrentDictionary<Term, Maxima>());
        if (terms.TryGetValue(term, out var kept))
        {
            return kept;
        }
        if (reader.DocFreq(term) < KeptFromDocumentFrequency || terms.Count >= MaxKeptTerms)
        {
            return null;
        }
        // The bare term's scores, whatever the query: a query's boosts and norm only scale them.
        return terms.GetOrAdd(term, _ => Read(searcher.CreateNormalizedWeight(new TermQuery(term)), leaf));
    }

    private static Maxima Read(Weight weight, AtomicReaderContext leaf)
    {
        if (weight.GetScorer(leaf, acceptDocs: null) is not { } scorer)
        {
            return new Maxima([], -1, 0f);
        }
        var blocks = new float[Blocks(leaf.AtomicReader.MaxDoc)];
        var (probeDoc, probeScore) = (-1, 0f);
        for (var doc = scorer.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = scorer.NextDoc())
        {
            var score = scorer.GetScore();
            ref var block = ref blocks[doc >> BlockShift];
            block = Math.Max(block, score);
            if (probeDoc < 0)
            {
                (probeDoc, probeScore) = (doc, score);
            }
        }
        return new Maxima(blocks, probeDoc, probeScore);
    }
}
