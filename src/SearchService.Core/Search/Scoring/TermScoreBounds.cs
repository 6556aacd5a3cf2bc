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
    /// <paramref name="best"/> (the largest so far) and <paramref name="sum"/>; false when the clause is no term
    /// query or sum of them (<see cref="TermSumQuery"/>), whose scores have no bounds here.</summary>
    public static bool AddTo(IndexSearcher searcher, AtomicReaderContext leaf, Weight clause, double[] best, double[] sum)
    {
        if (clause is TermSumQuery.SumWeight termSum)
        {
            // A sum of term scores is bounded by the sum of their bounds: one clause of the word.
            var (ignored, clauseSum) = (new double[best.Length], new double[best.Length]);
            foreach (var part in termSum.Clauses)
            {
                if (!AddTo(searcher, leaf, part, ignored, clauseSum))
                {
                    return false;
                }
            }
            for (var block = 0; block < best.Length; block++)
            {
                best[block] = Math.Max(best[block], clauseSum[block]);
                sum[block] += clauseSum[block];
            }
            return true;
        }
        if (clause.Query is not TermQuery { Term: var term })
        {
            return false;
        }
        if (Kept(searcher, leaf, term) is not { } maxima)
        {
            // A rare term: the maxima of the clause's own scores, in one pass over its few documents.
            if (Read(clause, leaf) is { } own)
            {
                Add(own.Blocks, 1.0, best, sum);
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
        Add(maxima.Blocks, ratio, best, sum);
        return true;
    }

    private static void Add(float[] blocks, double ratio, double[] best, double[] sum)
    {
        for (var block = 0; block < blocks.Length; block++)
        {
            var bound = blocks[block] * ratio * Margin;
            best[block] = Math.Max(best[block], bound);
            sum[block] += bound;
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
        return terms.GetOrAdd(term, _ => Read(searcher.CreateNormalizedWeight(new TermQuery(term)), leaf) ?? new Maxima([], -1, 0f));
    }

    private static Maxima? Read(Weight weight, AtomicReaderContext leaf)
    {
        if (weight.GetScorer(leaf, acceptDocs: null) is not { } scorer)
        {
            return null;
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
