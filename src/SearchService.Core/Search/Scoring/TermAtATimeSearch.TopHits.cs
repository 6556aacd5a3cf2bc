using Lucene.Net.Index;
using Lucene.Net.Search;

namespace SearchService.Core.Search.Scoring;

/// <summary>
/// Top-k search that counts every match but scores only what can still reach the top k. Per segment,
/// a count pass reads the clauses' documents without frequencies into the set of matches (words
/// required, optional and excluded as in <see cref="Plan.Run"/>) and hands each match to a counting
/// collector (totals, facets). Then blocks of documents are scored term at a time, the blocks with the
/// highest score bounds (<see cref="TermScoreBounds"/>) first, then the others in order, skipping every
/// block whose bound is below the k-th score found so far. A block's scores are computed exactly as
/// <see cref="Plan.Run"/> computes them (same clauses, same order of additions), so hits, scores and
/// order are those of scoring every match. A segment whose clauses have few postings, or include a
/// clause other than a term (phrase, prefix, split: no bounds), is scored in one sweep as
/// <see cref="Plan.Run"/> does, which costs less there.
/// </summary>
internal static partial class TermAtATimeSearch
{
    // Blocks scored first, by bound, before the walk in document order: enough to fill the top k.
    private const int MaxFirstBlocks = 16;

    /// <summary>Segments whose clauses have fewer postings than this are scored in one sweep, every match:
    /// counting first and scoring blocks cost more than they save below it. Measured on one segment of
    /// 177 736 paragraphs: 6 000–21 000 postings 30–90 % slower in blocks, 101 000–107 000 10–30 % faster.</summary>
    public const long BlocksFromPostings = 65_536;

    /// <summary>The best <paramref name="wanted"/> hits of <paramref name="query"/> with the exact total, as
    /// <see cref="Planned.TryTopHits(int, ICollector, long)"/> finds them; null also when the query is not of a shape handled here.</summary>
    public static TopDocs? TryTopHits(IndexSearcher searcher, Query query, int wanted, ICollector counted, long blocksFromPostings = BlocksFromPostings) =>
        Planned.Of(searcher, query)?.TryTopHits(wanted, counted, blocksFromPostings);

    public sealed partial class Planned
    {
        /// <summary>The best <paramref name="wanted"/> hits with the exact total, every match passed to
        /// <paramref name="counted"/> (which must not ask for scores: some segments are not scored); null, with
        /// nothing collected, when no segment would be scored in blocks (then <see cref="Search"/> costs less).
        /// Segments with fewer than <paramref name="blocksFromPostings"/> postings, or with clauses other than
        /// terms, are scored in one sweep.</summary>
        /// When planned with the query's term lookups, a query whose terms cannot add up to that many postings
        /// in the whole index is told apart without looking at each segment: for a query of many rare words
        /// on an index of several segments those looks were most of its cost.
        public TopDocs? TryTopHits(int wanted, ICollector counted, long blocksFromPostings = BlocksFromPostings)
        {
            if (!plan.MayTakeBlocks(blocksFromPostings) || !searcher.IndexReader.Leaves.Any(leaf => plan.TakesBlocks(leaf, blocksFromPostings)))
            {
                return null;
            }
            TopDocs? found = null;
            WithAccumulators(accumulators =>
            {
                var top = new TopHits(wanted);
                var score = new AccumulatedScorer(weight);
                var total = 0;
                foreach (var leaf in searcher.IndexReader.Leaves)
                {
                    total += plan.RunTop(searcher, leaf, accumulators, (counted, top, score), blocksFromPostings);
                }
                found = top.ToTopDocs(total);
            });
            return found;
        }
    }

    private sealed partial class Plan
    {
        /// <summary>Counts the segment's matches into the counting collector and offers the ones that can
        /// reach the top k; the number of matches.</summary>
        public int RunTop(IndexSearcher searcher, AtomicReaderContext leaf, ScoreAccumulators a, (ICollector Counted, TopHits Top, AccumulatedScorer Score) into, long blocksFromPostings)
        {
            var (counted, top) = (into.Counted, into.Top);
            if (!TakesBlocks(leaf, blocksFromPostings))
            {
                // Few postings, or clauses without bounds: one sweep scoring every match costs least.
                var both = new CountedTop(counted, top);
                Run(leaf, a, both, into.Score);
                return both.Total;
            }
            counted.SetNextReader(leaf);
            var maxDoc = leaf.AtomicReader.MaxDoc;
            if (!CountMatches(leaf, a, maxDoc))
            {
                return 0;
            }
            if ((counted as ISetCounter)?.CountAll(a.Matches, maxDoc) is not { } total)
            {
                total = 0;
                foreach (var doc in DocBits.InOrder(a.Matches, maxDoc))
                {
                    counted.Collect(doc);
                    total++;
                }
            }
            new BlockScoring(this, searcher, leaf, a, top).Run();
            return total;
        }

        /// <summary>Whether the segment is counted and scored in blocks: every clause a term (with bounds) and
        /// at least <paramref name="blocksFromPostings"/> postings.</summary>
        public bool TakesBlocks(AtomicReaderContext leaf, long blocksFromPostings) => OnlyTerms && Postings(leaf) >= blocksFromPostings;

        /// <summary>Whether any segment may be scored in blocks, from the index's document frequencies of the
        /// terms as the query's build read them (a segment holds at most the index's postings of a term); without
        /// them, whether the query is of terms only.</summary>
        public bool MayTakeBlocks(long blocksFromPostings) =>
            OnlyTerms && (terms is null || Postings(t => terms.DocFreq(t)) >= blocksFromPostings);

        // Whether every clause of every word is a term query or a sum of them, whose scores have bounds.
        private bool OnlyTerms => required.Concat(optional).All(w => w.Clauses.All(c => TermSumQuery.TermsOf(c.Query) is not null));

        // The documents of the segment's postings of every clause.
        private long Postings(AtomicReaderContext leaf) =>
            Postings(t => terms is null ? leaf.AtomicReader.DocFreq(t) : terms.Positioned(leaf, t)?.DocFreq ?? 0);

        // The documents of every clause's terms, each term's as documentFrequency gives it.
        private long Postings(Func<Term, long> documentFrequency) =>
            required.Concat(optional).Sum(w => w.Clauses.Sum(c => TermSumQuery.TermsOf(c.Query)!.Sum(documentFrequency)));

        // The matches of the segment into a.Matches, and for a combination how many words each matched into
        // a.Matched; false when there are none. Documents only: no frequencies, no scores.
        private bool CountMatches(AtomicReaderContext leaf, ScoreAccumulators a, int maxDoc)
        {
            if (single is not null)
            {
                Array.Clear(a.Matches, 0, DocBits.Words(maxDoc));
                return Union(single, leaf, a.Matches, maxDoc, candidates: null);
            }
            Array.Clear(a.Matches, 0, DocBits.Words(maxDoc));
            var restricted = false;
            foreach (var word in required)
            {
                Array.Clear(a.WordMatches, 0, DocBits.Words(maxDoc));
                if (!Union(word, leaf, a.WordMatches, maxDoc, restricted ? a.Matches : null))
                {
                    return false;
                }
                for (var w = 0; w < DocBits.Words(maxDoc); w++)
                {
                    a.Matches[w] = restricted ? a.Matches[w] & a.WordMatches[w] : a.WordMatches[w];
                }
                restricted = true;
            }
            foreach (var doc in DocBits.InOrder(a.Matches, maxDoc))
            {
                a.Matched[doc] = (byte)required.Length;
            }
            foreach (var word in optional)
            {
                Array.Clear(a.WordMatches, 0, DocBits.Words(maxDoc));
                if (!Union(word, leaf, a.WordMatches, maxDoc, restricted ? a.Matches : null))
                {
                    continue;
                }
                foreach (var doc in DocBits.InOrder(a.WordMatches, maxDoc))
                {
                    if (DocBits.Has(a.Matches, doc))
                    {
                        a.Matched[doc]++;
                    }
                    else if (!restricted)
                    {
                        DocBits.Set(a.Matches, doc);
                        a.Matched[doc] = 1;
                    }
                }
            }
            foreach (var weight in excluded)
            {
                Exclude(weight, leaf, a.Matches, maxDoc);
            }
            var any = false;
            foreach (var doc in DocBits.InOrder(a.Matches, maxDoc))
            {
                if (a.Matched[doc] - required.Length < minimumOptional)
                {
                    DocBits.Clear(a.Matches, doc);
                    continue;
                }
                any = true;
            }
            return any;
        }

        // The documents of any clause of the word into bits (with candidates, only those); false when no
        // clause has a document in the segment.
        private bool Union(Word word, AtomicReaderContext leaf, ulong[] bits, int maxDoc, ulong[]? candidates)
        {
            var any = false;
            foreach (var clause in word.Clauses)
            {
                if (clause is TermSumQuery.SumWeight sum)
                {
                    // A sum of terms term by term: a union into bits needs no merging of their postings, and
                    // its scorer would decode every term's frequencies.
                    foreach (var term in sum.Clauses)
                    {
                        any |= Union(Documents(term, leaf), bits, maxDoc, candidates);
                    }
                    continue;
                }
                any |= Union(Documents(clause, leaf), bits, maxDoc, candidates);
            }
            return any;
        }

        // The documents of docs into bits (with candidates, only those); false when there is none to read.
        private static bool Union(DocIdSetIterator? docs, ulong[] bits, int maxDoc, ulong[]? candidates)
        {
            if (docs is null)
            {
                return false;
            }
            if (candidates is null)
            {
                for (var doc = docs.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.NextDoc())
                {
                    DocBits.Set(bits, doc);
                }
                return true;
            }
            for (var target = DocBits.Next(candidates, 0, maxDoc); target < maxDoc;)
            {
                var doc = docs.Advance(target);
                if (doc == DocIdSetIterator.NO_MORE_DOCS)
                {
                    break;
                }
                if (DocBits.Has(candidates, doc))
                {
                    DocBits.Set(bits, doc);
                }
                target = DocBits.Next(candidates, doc + 1, maxDoc);
            }
            return true;
        }

        // A term clause's postings without frequencies (the codec then skips decoding them); any other
        // clause's scorer, which only iterates here.
        private DocIdSetIterator? Documents(Weight clause, AtomicReaderContext leaf)
        {
            var reader = leaf.AtomicReader;
            if (clause.Query is not TermQuery { Term: var term })
            {
                return clause.GetScorer(leaf, reader.LiveDocs);
            }
            if (terms is not null)
            {
                return terms.Positioned(leaf, term)?.Docs(reader.LiveDocs, null, DocsFlags.NONE);
            }
            var sought = reader.GetTerms(term.Field)?.GetEnumerator();
            return sought is not null && sought.SeekExact(term.Bytes) ? sought.Docs(reader.LiveDocs, null, DocsFlags.NONE) : null;
        }
    }

    // Passes every match to the counting collector and offers it with its score to the top k.
    private sealed class CountedTop(ICollector counted, TopHits top) : ICollector
    {
        private Scorer? scorer;
        private int docBase;

        public int Total { get; private set; }

        public bool AcceptsDocsOutOfOrder => false;

        public void SetScorer(Scorer scorer)
        {
            this.scorer = scorer;
            counted.SetScorer(scorer);
        }

        public void SetNextReader(AtomicReaderContext context)
        {
            docBase = context.DocBase;
            counted.SetNextReader(context);
        }

        public void Collect(int doc)
        {
            counted.Collect(doc);
            top.Add(docBase + doc, scorer!.GetScore());
            Total++;
        }
    }
}
