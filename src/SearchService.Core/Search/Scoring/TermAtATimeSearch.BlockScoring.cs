using Lucene.Net.Index;
using Lucene.Net.Search;

namespace SearchService.Core.Search.Scoring;

internal static partial class TermAtATimeSearch
{
    private sealed partial class Plan
    {
        // Scores the counted matches of one segment (a.Matches, a.Matched) block by block into the top k,
        // skipping the blocks whose bound is below the k-th score. Without bounds (a clause other than a
        // term: phrase, prefix, split) every block with a match is scored.
        private sealed class BlockScoring
        {
            private readonly Plan plan;
            private readonly AtomicReaderContext leaf;
            private readonly ScoreAccumulators a;
            private readonly TopHits top;
            private readonly int maxDoc;

            // The words in the order their scores are added: required ones cheapest first, as Run adds them.
            private readonly Word[] order;
            private readonly Scorer?[][] scorers;
            private readonly double[]? bounds;

            public BlockScoring(Plan plan, IndexSearcher searcher, AtomicReaderContext leaf, ScoreAccumulators a, TopHits top)
            {
                (this.plan, this.leaf, this.a, this.top, maxDoc) = (plan, leaf, a, top, leaf.AtomicReader.MaxDoc);
                var requiredByCost = plan.required.Select(w => (Word: w, Scorers: Scorers(w, leaf))).OrderBy(p => Cost(p.Scorers)).ToList();
                order = plan.single is { } single ? [single] : [.. requiredByCost.Select(p => p.Word), .. plan.optional];
                scorers = plan.single is not null ? [Scorers(plan.single, leaf)]
                    : [.. requiredByCost.Select(p => p.Scorers), .. plan.optional.Select(w => Scorers(w, leaf))];
                bounds = Bounds(searcher);
            }

            public void Run()
            {
                if (bounds is null)
                {
                    Score(scorers, 0, DocBits.Words(maxDoc));
                    return;
                }
                var first = FirstBlocks();
                if (first.Length > 0)
                {
                    var firstScorers = order.Select(w => Scorers(w, leaf)).ToArray();
                    foreach (var block in first)
                    {
                        Score(firstScorers, Words(block));
                    }
                }
                var next = 0;
                for (var block = 0; block < TermScoreBounds.Blocks(maxDoc); block++)
                {
                    if (next < first.Length && first[next] == block)
                    {
                        next++;
                        continue;
                    }
                    if (Matches(block) > 0 && (!top.IsFull || bounds[block] >= top.Threshold))
                    {
                        Score(scorers, Words(block));
                    }
                }
            }

            // The blocks with the highest bounds that together hold enough matches to fill the top k, in
            // document order: scored first, they set a threshold that rules out most of the others.
            private int[] FirstBlocks()
            {
                var bounds = this.bounds!;
                var candidates = Enumerable.Range(0, TermScoreBounds.Blocks(maxDoc)).Where(b => Matches(b) > 0 && bounds[b] >= top.Threshold)
                    .OrderByDescending(b => bounds[b]).ToList();
                var (taken, held) = (new List<int>(), 0);
                foreach (var block in candidates)
                {
                    if (held >= top.Capacity || taken.Count == MaxFirstBlocks)
                    {
                        break;
                    }
                    taken.Add(block);
                    held += Matches(block);
                }
                taken.Sort();
                return [.. taken];
            }

            private int Matches(int block)
            {
                var (from, to) = Words(block);
                return DocBits.CountInWords(a.Matches, from, to);
            }

            private (int From, int To) Words(int block) =>
                (block << (TermScoreBounds.BlockShift - 6), Math.Min((block + 1) << (TermScoreBounds.BlockShift - 6), DocBits.Words(maxDoc)));

            // The scores of the matches in 64-document words from..to, word by word and clause by clause as Run computes them.
            private void Score(Scorer?[][] wordScorers, (int From, int To) words) => Score(wordScorers, words.From, words.To);

            private void Score(Scorer?[][] wordScorers, int from, int to)
            {
                var docBase = leaf.DocBase;
                if (plan.single is { } single)
                {
                    Accumulate(wordScorers[0], from, to);
                    foreach (var doc in DocBits.InWords(a.Matches, from, to))
                    {
                        top.Add(docBase + doc, WordScore(a, doc, single));
                    }
                    return;
                }
                foreach (var doc in DocBits.InWords(a.Matches, from, to))
                {
                    a.Score[doc] = 0f;
                }
                for (var w = 0; w < order.Length; w++)
                {
                    Accumulate(wordScorers[w], from, to);
                    foreach (var doc in DocBits.InWords(a.WordMatches, from, to))
                    {
                        a.Score[doc] += WordScore(a, doc, order[w]);
                    }
                }
                foreach (var doc in DocBits.InWords(a.Matches, from, to))
                {
                    top.Add(docBase + doc, a.Score[doc] * plan.Coordination(a.Matched[doc]));
                }
            }

            // The word's clause scores of the block's matches into a.Best and a.Sum, its documents into a.WordMatches.
            private void Accumulate(Scorer?[] clauses, int fromWord, int toWord)
            {
                Array.Clear(a.WordMatches, fromWord, toWord - fromWord);
                var (start, end) = (fromWord << 6, Math.Min(toWord << 6, maxDoc));
                foreach (var scorer in clauses)
                {
                    if (scorer is null)
                    {
                        continue;
                    }
                    var doc = scorer.DocID < start ? scorer.Advance(start) : scorer.DocID;
                    for (; doc < end; doc = scorer.NextDoc())
                    {
                        if (DocBits.Has(a.Matches, doc))
                        {
                            Add(a, doc, scorer.GetScore());
                        }
                    }
                }
            }

            // Per block: the sum over words of the word's bound (best clause bound plus the tie-breaker times
            // the others'), times the largest coordination, in the accumulators' block arrays; null when a
            // clause has no bounds.
            private double[]? Bounds(IndexSearcher searcher)
            {
                var blocks = TermScoreBounds.Blocks(maxDoc);
                var total = a.BlockBound.AsSpan(0, blocks);
                var best = a.WordBestBound.AsSpan(0, blocks);
                var sum = a.WordSumBound.AsSpan(0, blocks);
                var scratch = a.ClauseBound.AsSpan(0, blocks);
                total.Clear();
                foreach (var word in order)
                {
                    if (word.TieBreaker is < 0f or > 1f)
                    {
                        return null;
                    }
                    best.Clear();
                    sum.Clear();
                    foreach (var clause in word.Clauses)
                    {
                        if (!TermScoreBounds.AddTo(searcher, leaf, clause, best, sum, scratch))
                        {
                            return null;
                        }
                    }
                    for (var block = 0; block < blocks; block++)
                    {
                        total[block] += ((1 - word.TieBreaker) * best[block]) + (word.TieBreaker * sum[block]);
                    }
                }
                var coordination = plan.single is not null ? 1f : plan.MaxCoordination;
                for (var block = 0; block < blocks; block++)
                {
                    total[block] *= coordination;
                }
                return a.BlockBound;
            }
        }
    }
}
