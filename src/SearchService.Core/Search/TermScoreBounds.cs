using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace SearchService.Core.Search;

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
    private static readonly ConditionalWeakTable<object, ConcurrentDictionary<Term, Maxima>> Kept = new();

    // The reference scores' block maxima and one document with its reference score (-1: no document).
    private sealed record Maxima(float[] Blocks, int ProbeDoc, float ProbeScore);

    /// <summary>Number of blocks of a segment of <paramref name="maxDoc"/> documents.</summary>
    public static int Blocks(int maxDoc) => (maxDoc + BlockSize - 1) >> BlockShift;

    /// <summary>Adds the bounds of <paramref name="clause"/> in <paramref name="leaf"/>, block by block, to
    /// <paramref name="best"/> (the largest so far) and <paramref name="sum"/>; false when the clause is no term
    /// query, whose scores have no bounds here.</summary>
    public static bool AddTo(IndexSearcher searcher, AtomicReaderContext leaf, Weight clause, double[] best, double[] sum)
    {
        if (clause.Query is not TermQuery { Term: var term })
        {
            return false;
        }
        var maxima = For(searcher, leaf, term);
        if (maxima.ProbeDoc < 0)
        {
            return true;
        }
        if (clause.GetScorer(leaf, acceptDocs: null) is not { } scorer || scorer.Advance(maxima.ProbeDoc) != maxima.ProbeDoc)
        {
            return false;
        }
        var ratio = (double)scorer.GetScore() / maxima.ProbeScore * Margin;
        if (!(ratio > 0) || double.IsInfinity(ratio))
        {
            return false;
        }
        for (var block = 0; block < maxima.Blocks.Length; block++)
        {
            var bound = maxima.Blocks[block] * ratio;
            best[block] = Math.Max(best[block], bound);
            sum[block] += bound;
        }
        return true;
    }

    private static Maxima For(IndexSearcher searcher, AtomicReaderContext leaf, Term term)
    {
        var reader = leaf.AtomicReader;
        var terms = Kept.GetValue(reader.CoreCacheKey, _ => new ConcurrentDictionary<Term, Maxima>());
        if (terms.TryGetValue(term, out var kept))
        {
            return kept;
        }
        var maxima = Read(searcher, leaf, term);
        if (reader.DocFreq(term) >= KeptFromDocumentFrequency && terms.Count < MaxKeptTerms)
        {
            terms.TryAdd(term, maxima);
        }
        return maxima;
    }

    private static Maxima Read(IndexSearcher searcher, AtomicReaderContext leaf, Term term)
    {
        var blocks = new float[Blocks(leaf.AtomicReader.MaxDoc)];
        var scorer = searcher.CreateNormalizedWeight(new TermQuery(term)).GetScorer(leaf, acceptDocs: null);
        if (scorer is null)
        {
            return new Maxima(blocks, -1, 0f);
        }
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
