using Lucene.Net.Index;
using Lucene.Net.Search;

namespace SearchService.Core.Search;

/// <summary>
/// Top-k search that counts every match but scores only what can still reach the top k. Per segment,
/// a count pass reads the clauses' documents without frequencies into the set of matches (words
/// required, optional and excluded as in <see cref="Plan.Run"/>) and hands each match to a counting
/// collector (totals, facets). Then blocks of documents are scored term at a time, the blocks with the
/// highest score bounds (<see cref="TermScoreBounds"/>) first, then the others in order, skipping every
/// block whose bound is below the k-th score found so far. A block's scores are computed exactly as
/// <see cref="Plan.Run"/> computes them (same clauses, same order of additions), so hits, scores and
/// order are those of scoring every match.
/// </summary>
internal static partial class TermAtATimeSearch
{
    // Blocks scored first, by bound, before the walk in document order: enough to fill the top k.
    private const int MaxFirstBlocks = 16;

    /// <summary>The best <paramref name="wanted"/> hits of <paramref name="query"/> with the exact total, every
    /// match passed to <paramref name="counted"/> (no scorer is set: it must not ask for scores); null, with
    /// nothing collected, when the query is not of a shape handled here or every set of
    /// <see cref="ScoreAccumulators"/> is in use.</summary>
    public static TopDocs? TryTopHits(IndexSearcher searcher, Query query, int wanted, ICollector counted)
    {
        TopDocs? found = null;
        WithPlan(searcher, query, (_, plan, accumulators) =>
        {
            var top = new TopHits(wanted);
            var total = 0;
            foreach (var leaf in searcher.IndexReader.Leaves)
            {
                total += plan.RunTop(searcher, leaf, accumulators, counted, top);
            }
            found = top.ToTopDocs(total);
        });
        return found;
    }

    private sealed partial class Plan
    {
        /// <summary>Counts the segment's matches into <paramref name="counted"/> and offers the ones that can
        /// reach <paramref name="top"/>; the number of matches.</summary>
        public int RunTop(IndexSearcher searcher, AtomicReaderContext leaf, ScoreAccumulators a, ICollector counted, TopHits top)
        {
            counted.SetNextReader(leaf);
            var maxDoc = leaf.AtomicReader.MaxDoc;
            if (!CountMatches(leaf, a, maxDoc))
            {
                return 0;
            }
            var total = 0;
            foreach (var doc in DocBits.InOrder(a.Matches, maxDoc))
            {
                counted.Collect(doc);
                total++;
            }
            new BlockScoring(this, searcher, leaf, a, top).Run();
            return total;
        }

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
        private static bool Union(Word word, AtomicReaderContext leaf, ulong[] bits, int maxDoc, ulong[]? candidates)
        {
            var any = false;
            foreach (var clause in word.Clauses)
            {
                if (Documents(clause, leaf) is not { } docs)
                {
                    continue;
                }
                any = true;
                if (candidates is null)
                {
                    for (var doc = docs.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.NextDoc())
                    {
                        DocBits.Set(bits, doc);
                    }
                    continue;
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
            }
            return any;
        }

        // A term clause's postings without frequencies (the codec then skips decoding them); any other
        // clause's scorer, which only iterates here.
        private static DocIdSetIterator? Documents(Weight clause, AtomicReaderContext leaf)
        {
            var reader = leaf.AtomicReader;
            if (clause.Query is not TermQuery { Term: var term })
            {
                return clause.GetScorer(leaf, reader.LiveDocs);
            }
            var terms = reader.GetTerms(term.Field)?.GetEnumerator();
            return terms is not null && terms.SeekExact(term.Bytes) ? terms.Docs(reader.LiveDocs, null, DocsFlags.NONE) : null;
        }
    }
}
