using Lucene.Net.Index;
using Lucene.Net.Search;

namespace SearchService.Core.Search.Scoring;

/// <summary>
/// Runs a query of searched words term at a time: per segment, each clause's matches are read in one
/// sweep and their scores gathered in arrays by document, then the matches pass to the collector in
/// document order with their scores. Lucene's scorers instead interleave the clauses of a word (text,
/// section, title, parts) and the words of a query document by document; for a word matching a third
/// of a million paragraphs that cost a third of its search time (p50 16 → 11 ms). Matches and scores are
/// Lucene's: each clause is scored by its own Lucene scorer, a word's clauses combine as
/// <see cref="ArrayDisjunctionScorer"/> does and words as a <see cref="BooleanQuery"/> does (sum times
/// coordination), up to the order in which the floats of different words are added. Handles a
/// <see cref="SmallDisjunctionMaxQuery"/> (one word or phrase) and a <see cref="WordCombinationQuery"/>;
/// other queries are left to Lucene.
/// </summary>
internal static partial class TermAtATimeSearch
{
    // Matched words per document are counted in a byte.
    private const int MaxWords = 64;

    /// <summary>Passes the matches of <paramref name="query"/> to <paramref name="collector"/>; false, with
    /// nothing collected, when the query is not of a shape handled here.</summary>
    public static bool TrySearch(IndexSearcher searcher, Query query, ICollector collector)
    {
        if (Planned.Of(searcher, query) is not { } planned)
        {
            return false;
        }
        planned.Search(collector);
        return true;
    }

    /// <summary>A query weighted and planned once for a term-at-a-time search, to be run either way: every
    /// match scored (<see cref="Search"/>) or the top k (<see cref="TryTopHits(int, ICollector, long)"/>).</summary>
    public sealed partial class Planned
    {
        private readonly IndexSearcher searcher;
        private readonly Weight weight;
        private readonly Plan plan;

        private Planned(IndexSearcher searcher, Weight weight, Plan plan) => (this.searcher, this.weight, this.plan) = (searcher, weight, plan);

        /// <summary>The plan of <paramref name="query"/>; null when it is not of a shape handled here. With
        /// <paramref name="terms"/>, the terms as the query's build sought them, segment by segment: the count
        /// pass and the choice of how to score read them there instead of seeking each term again.</summary>
        public static Planned? Of(IndexSearcher searcher, Query query, ITermLookup? terms = null)
        {
            var weight = searcher.CreateNormalizedWeight(query);
            return Plan.Of(weight, terms) is { } plan ? new Planned(searcher, weight, plan) : null;
        }

        /// <summary>Passes every match to <paramref name="collector"/> with its score.</summary>
        public void Search(ICollector collector) => WithAccumulators(accumulators =>
        {
            var score = new AccumulatedScorer(weight);
            foreach (var leaf in searcher.IndexReader.Leaves)
            {
                plan.Run(leaf, accumulators, collector, score);
            }
        });

        // Runs with a set of accumulators, waiting for one when all are in use.
        private void WithAccumulators(Action<ScoreAccumulators> run)
        {
            var leaves = searcher.IndexReader.Leaves;
            var accumulators = ScoreAccumulators.Rent(leaves.Count == 0 ? 0 : leaves.Max(l => l.AtomicReader.MaxDoc));
            try
            {
                run(accumulators);
            }
            finally
            {
                ScoreAccumulators.Return(accumulators);
            }
        }
    }

    // One searched word: the weights of its clauses, combined as a disjunction-max with the tie-breaker.
    // A clause of a combination that is not such a word is a word of one clause.
    private sealed record Word(Weight[] Clauses, float TieBreaker, bool Required)
    {
        public static Word Of(Weight weight, bool required) => weight is SmallDisjunctionMaxQuery.IClauseWeights word
            ? new Word([.. word.Clauses], word.TieBreaker, required)
            : new Word([weight], 0f, required);
    }

    private sealed partial class Plan(Word[] words, Weight[] excluded, int minimumOptional, float[] coordination, ITermLookup? terms)
    {
        private readonly Word[] required = [.. words.Where(w => w.Required)];
        private readonly Word[] optional = [.. words.Where(w => !w.Required)];

        // The factor of a combination's score for how many of its words a document matched; the largest of them.
        private float Coordination(int matched) => coordination[matched];

        private float MaxCoordination => coordination.Max();

        // A query of one word and nothing else scores as the word (coordination of one word is 1).
        private readonly Word? single = words.Length == 1 && excluded.Length == 0 && minimumOptional == 0 && words[0].Required ? words[0] : null;

        public static Plan? Of(Weight weight, ITermLookup? terms)
        {
            if (weight is SmallDisjunctionMaxQuery.IClauseWeights)
            {
                return new Plan([Word.Of(weight, required: true)], [], 0, [1f, 1f], terms);
            }
            if (weight is not WordCombinationQuery.CombinationWeight combination || combination.Clauses.Count > MaxWords)
            {
                return null;
            }
            var words = new List<Word>();
            var excluded = new List<Weight>();
            for (var i = 0; i < combination.Clauses.Count; i++)
            {
                var occur = combination.QueryClauses[i].Occur;
                if (occur == Occur.MUST_NOT)
                {
                    excluded.Add(combination.Clauses[i]);
                }
                else
                {
                    words.Add(Word.Of(combination.Clauses[i], occur == Occur.MUST));
                }
            }
            var coordDisabled = ((BooleanQuery)combination.Query).CoordDisabled;
            var coordination = Enumerable.Range(0, words.Count + 1)
                .Select(matched => coordDisabled ? 1f : combination.Coord(matched, combination.MaxCoord)).ToArray();
            // Without required words a match needs at least one optional word, as in Lucene.
            var minimumOptional = words.Any(w => w.Required) ? combination.MinimumShouldMatch : Math.Max(1, combination.MinimumShouldMatch);
            return new Plan([.. words], [.. excluded], minimumOptional, coordination, terms);
        }

        public void Run(AtomicReaderContext leaf, ScoreAccumulators a, ICollector collector, AccumulatedScorer score)
        {
            collector.SetNextReader(leaf);
            collector.SetScorer(score);
            var maxDoc = leaf.AtomicReader.MaxDoc;
            if (single is not null)
            {
                if (Accumulate(Scorers(single, leaf), a, maxDoc, candidates: null))
                {
                    Emit(a, a.WordMatches, maxDoc, collector, score);
                }
                return;
            }
            Array.Clear(a.Matches, 0, DocBits.Words(maxDoc));
            var restricted = false;
            // Required words first, the cheapest leading: each later word only visits the documents still in.
            foreach (var (word, scorers) in required.Select(w => (w, Scorers(w, leaf))).OrderBy(p => Cost(p.Item2)))
            {
                if (!Accumulate(scorers, a, maxDoc, restricted ? a.Matches : null))
                {
                    return;
                }
                MergeRequired(a, maxDoc, word, first: !restricted);
                restricted = true;
            }
            foreach (var word in optional)
            {
                if (Accumulate(Scorers(word, leaf), a, maxDoc, restricted ? a.Matches : null))
                {
                    MergeOptional(a, maxDoc, word, restricted);
                }
            }
            foreach (var weight in excluded)
            {
                Exclude(weight, leaf, a.Matches, maxDoc);
            }
            Emit(a, a.Matches, maxDoc, collector, score);
        }

        private static Scorer?[] Scorers(Word word, AtomicReaderContext leaf) =>
            [.. word.Clauses.Select(c => c.GetScorer(leaf, leaf.AtomicReader.LiveDocs))];

        private static long Cost(Scorer?[] scorers) => scorers.Sum(s => s?.GetCost() ?? 0);

        // Reads every clause of a word into the word's matches and best and summed scores; false when
        // no clause has a match in the segment. With candidates, only those documents are read.
        private static bool Accumulate(Scorer?[] scorers, ScoreAccumulators a, int maxDoc, ulong[]? candidates)
        {
            Array.Clear(a.WordMatches, 0, DocBits.Words(maxDoc));
            var any = false;
            foreach (var scorer in scorers)
            {
                if (scorer is null)
                {
                    continue;
                }
                any = true;
                if (candidates is null)
                {
                    for (var doc = scorer.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = scorer.NextDoc())
                    {
                        Add(a, doc, scorer.GetScore());
                    }
                    continue;
                }
                for (var target = DocBits.Next(candidates, 0, maxDoc); target < maxDoc;)
                {
                    var doc = scorer.Advance(target);
                    if (doc == DocIdSetIterator.NO_MORE_DOCS)
                    {
                        break;
                    }
                    if (DocBits.Has(candidates, doc))
                    {
                        Add(a, doc, scorer.GetScore());
                    }
                    target = DocBits.Next(candidates, doc + 1, maxDoc);
                }
            }
            return any;
        }

        // The arithmetic of ArrayDisjunctionScorer, clause by clause in clause order.
        private static void Add(ScoreAccumulators a, int doc, float score)
        {
            if (DocBits.Set(a.WordMatches, doc))
            {
                a.Best[doc] = score;
                a.Sum[doc] = score;
                return;
            }
            a.Sum[doc] += score;
            a.Best[doc] = Math.Max(a.Best[doc], score);
        }

        private static float WordScore(ScoreAccumulators a, int doc, Word word) => a.Best[doc] + ((a.Sum[doc] - a.Best[doc]) * word.TieBreaker);

        private static void MergeRequired(ScoreAccumulators a, int maxDoc, Word word, bool first)
        {
            for (var w = 0; w < DocBits.Words(maxDoc); w++)
            {
                a.Matches[w] = first ? a.WordMatches[w] : a.Matches[w] & a.WordMatches[w];
            }
            foreach (var doc in DocBits.InOrder(a.Matches, maxDoc))
            {
                var score = WordScore(a, doc, word);
                a.Score[doc] = first ? score : a.Score[doc] + score;
                a.Matched[doc] = (byte)(first ? 1 : a.Matched[doc] + 1);
            }
        }

        private static void MergeOptional(ScoreAccumulators a, int maxDoc, Word word, bool restricted)
        {
            foreach (var doc in DocBits.InOrder(a.WordMatches, maxDoc))
            {
                var score = WordScore(a, doc, word);
                if (DocBits.Has(a.Matches, doc))
                {
                    a.Score[doc] += score;
                    a.Matched[doc]++;
                }
                else if (!restricted)
                {
                    DocBits.Set(a.Matches, doc);
                    a.Score[doc] = score;
                    a.Matched[doc] = 1;
                }
            }
        }

        private static void Exclude(Weight weight, AtomicReaderContext leaf, ulong[] matches, int maxDoc)
        {
            if (weight.GetScorer(leaf, leaf.AtomicReader.LiveDocs) is not { } scorer)
            {
                return;
            }
            for (var target = DocBits.Next(matches, 0, maxDoc); target < maxDoc;)
            {
                var doc = scorer.Advance(target);
                if (doc == DocIdSetIterator.NO_MORE_DOCS)
                {
                    return;
                }
                DocBits.Clear(matches, doc);
                target = DocBits.Next(matches, doc + 1, maxDoc);
            }
        }

        // A query of one word scores as the word; a combination as the sum of its words' scores times
        // the coordination of how many matched, for the documents with enough optional words.
        private void Emit(ScoreAccumulators a, ulong[] matches, int maxDoc, ICollector collector, AccumulatedScorer score)
        {
            foreach (var doc in DocBits.InOrder(matches, maxDoc))
            {
                if (single is not null)
                {
                    score.Set(doc, WordScore(a, doc, single));
                }
                else
                {
                    var matched = a.Matched[doc];
                    if (matched - required.Length < minimumOptional)
                    {
                        continue;
                    }
                    score.Set(doc, a.Score[doc] * coordination[matched]);
                }
                collector.Collect(doc);
            }
        }
    }
}
