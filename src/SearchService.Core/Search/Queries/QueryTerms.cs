using Lucene.Net.Index;
using Lucene.Net.Search;

namespace SearchService.Core.Search.Queries;

/// <summary>
/// The statistics of the terms one query asks about, read from the index once: the decisions how far to
/// expand a word (its document frequencies and other spellings, <see cref="SwedishWordClauses"/>) and the
/// query's term clauses share them, and so do the strict and the relaxed run of one search
/// (<see cref="LuceneQueryBuilder.Relax"/>), which otherwise each seek every term in every segment again. For
/// a query of many rare words those seeks were most of its cost. Every figure a build decides by is read
/// here, so a cluster's shard can decide by the whole corpus's instead (<see cref="ICorpusVocabulary"/>).
/// Belongs to one build on one reader; not thread-safe (a query plan gives each search its own, sharing the states).
/// </summary>
public sealed class QueryTerms : Scoring.ITermLookup
{
    private readonly Dictionary<Term, TermContext> states = [];
    private readonly Dictionary<(int Segment, string Field), TermsEnum?> enumerators = [];
    private readonly ICorpusVocabulary? corpus;

    /// <summary>Statistics read from <paramref name="reader"/>.</summary>
    public QueryTerms(IndexReader reader) => Reader = reader;

    /// <summary>The statistics <paramref name="built"/> read, for another search of the query it was built for (a
    /// <see cref="QueryPlan"/>'s): its states are shared, only read, and this one's enumerators are its own.</summary>
    internal QueryTerms(QueryTerms built) : this(built.Reader, built.corpus) => read = built;

    // The build whose states this one starts from; never written to through this one.
    private readonly QueryTerms? read;

    /// <summary>Statistics read from <paramref name="reader"/>, the decisions' figures from <paramref name="corpus"/> where it has them.</summary>
    internal QueryTerms(IndexReader reader, ICorpusVocabulary? corpus) : this(reader) => this.corpus = corpus;

    /// <summary>The reader the statistics come from.</summary>
    public IndexReader Reader { get; }

    /// <summary>Paragraphs the statistics count among (Lucene's <c>maxDoc</c>, as its similarities take it).</summary>
    public int Documents => corpus?.Documents ?? Reader.MaxDoc;

    /// <summary>Paragraphs holding <paramref name="text"/> in <paramref name="field"/>.</summary>
    public int DocFreq(string field, string text) => corpus?.DocFreq(field, text) ?? State(new Term(field, text)).DocFreq;

    /// <summary>The vocabulary's spellings of <paramref name="term"/> with other diacritics (<see cref="DiacriticRestorations"/>).</summary>
    internal IReadOnlyList<string> Restorations(string field, string term, int limit, NeighbourBudget? budget) =>
        corpus?.Restorations(field, term, budget) is { } candidates
            ? DiacriticRestorations.Best(candidates, term, limit)
            : DiacriticRestorations.Find(Reader, field, term, limit, budget);

    /// <summary>The vocabulary's terms near <paramref name="term"/> (<see cref="VocabularyNeighbours"/>).</summary>
    internal IReadOnlyList<Neighbour> Neighbours(string field, string term, int limit, NeighbourBudget? budget) =>
        corpus?.Neighbours(field, term, budget) is { } candidates
            ? VocabularyNeighbours.Nearest(candidates, limit)
            : VocabularyNeighbours.Find(Reader, field, term, limit, budget: budget);

    /// <summary>A query for <paramref name="text"/> in <paramref name="field"/> that reuses what was read of it.</summary>
    public TermQuery Query(string field, string text)
    {
        var term = new Term(field, text);
        return new TermQuery(term, State(term));
    }

    /// <summary>A query for <paramref name="text"/> in <paramref name="field"/>, reusing what <paramref name="terms"/>
    /// read of it when there are statistics.</summary>
    public static TermQuery Query(QueryTerms? terms, string field, string text) =>
        terms?.Query(field, text) ?? new TermQuery(new Term(field, text));

    // Per segment as Lucene's TermContext.Build, with two savings that matter for a query of many rare or
    // made-up words on an index of several segments: a segment whose letter runs rule the term out is not
    // sought (VocabularyGrams), and one terms enumerator per segment and field serves all of the build's
    // seeks instead of a new one (a cloned file handle and fresh block frames) for each.
    private TermContext State(Term term)
    {
        if (states.TryGetValue(term, out var state))
        {
            return state;
        }
        if (read?.Known(term) is { } known)
        {
            return known;
        }
        state = new TermContext(Reader.Context);
        var runs = VocabularyGrams.SearchedFields.Contains(term.Field) ? VocabularyGrams.FourLetterRuns(term.Text) : null;
        foreach (var leaf in Reader.Leaves)
        {
            if (runs is not null && VocabularyGrams.Lacks(leaf.AtomicReader, term.Field, runs))
            {
                continue;
            }
            if (Enumerator(leaf, term.Field) is { } enumerator && enumerator.SeekExact(term.Bytes))
            {
                state.Register(enumerator.GetTermState(), leaf.Ord, enumerator.DocFreq, enumerator.TotalTermFreq);
            }
        }
        states[term] = state;
        return state;
    }

    /// <summary>Lets go of the enumerators once the build is done and only its states are kept (a query plan's):
    /// a segment's terms enumerator holds its block frames, several kilobytes, and a plan reads only the states.</summary>
    internal void KeepStatesOnly() => enumerators.Clear();

    // A state read before, here or by the build this one starts from.
    private TermContext? Known(Term term) => states.TryGetValue(term, out var state) ? state : read?.Known(term);

    int Scoring.ITermLookup.DocFreq(Term term) => DocFreq(term.Field, term.Text);

    // The term's state as the build read it, through the build's enumerator of the segment and field: no
    // second seek, no new enumerator.
    TermsEnum? Scoring.ITermLookup.Positioned(AtomicReaderContext leaf, Term term)
    {
        if (State(term).Get(leaf.Ord) is not { } state || Enumerator(leaf, term.Field) is not { } enumerator)
        {
            return null;
        }
        enumerator.SeekExact(term.Bytes, state);
        return enumerator;
    }

    private TermsEnum? Enumerator(AtomicReaderContext leaf, string field)
    {
        if (!enumerators.TryGetValue((leaf.Ord, field), out var enumerator))
        {
            enumerator = leaf.AtomicReader.GetTerms(field)?.GetEnumerator();
            enumerators[(leaf.Ord, field)] = enumerator;
        }
        return enumerator;
    }
}
