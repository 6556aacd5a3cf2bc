using Lucene.Net.Index;
using Lucene.Net.Search;

namespace SearchService.Core.Search.Queries;

/// <summary>
/// The queries built for recent query texts on the served index version, reused by the searches that ask
/// the same text again (issue 17, item 3: reuse expansions across requests). Building a query decides how far
/// to expand each word from the index's term statistics (near spellings, other diacritics, compound parts,
/// words joined), and with "did you mean" that was a ninth of a search's CPU on the peers' 200k corpus
/// (bench/RESULTS.md, "Stop 33"). A plan is the build's outcome, not an answer: every request still scores,
/// counts and marks its own matches with its own filters, so answers are the same with or without it.
/// Plans are kept only for the latest index version (<see cref="VersionedCache{TKey, TValue}"/>), for texts of at most
/// <see cref="MaxKeptLength"/> characters, and up to <see cref="Capacity"/> query words over all of them, the oldest
/// going first. Thread-safe.
/// </summary>
internal sealed class QueryPlans(LuceneQueryBuilder builder, int capacity = QueryPlans.DefaultCapacity)
{
    /// <summary>Default of <see cref="Capacity"/>. A plan grows with its words (each word's clauses in three fields, and
    /// their terms' per-segment states): on the 200k peers' index 1 000 texts of the bench's query stream (one or two
    /// words) held 6.9 MB and 1 000 texts of 100 characters (about nine words) 40.5 MB, some 5 KB a word, so 4 000
    /// words are about 20 MB whatever is asked (bench/RESULTS.md, "Stop 33").</summary>
    public const int DefaultCapacity = 4_000;

    /// <summary>Longest query text whose plan is kept: a longer one is pasted text, seldom asked again, and would
    /// push out many short ones.</summary>
    public const int MaxKeptLength = 100;

    private readonly VersionedCache<string, QueryPlan> plans = new(StringComparer.Ordinal, new VersionedCache<string, QueryPlan>.Bound(capacity, (text, _) => Words(text)));

    /// <summary>Most query words (runs of text between spaces) held over all plans; 0 builds every query afresh.</summary>
    public int Capacity { get; } = capacity;

    /// <summary>The plan of <paramref name="text"/> (parsed as <paramref name="parsed"/>) on <paramref name="reader"/>:
    /// the one built before on this reader, or a new one. A cluster's shard, whose expansions the whole corpus's
    /// figures decide (<paramref name="corpus"/>), gets a new one each time (the figures may change), and so does a
    /// text longer than <see cref="MaxKeptLength"/>.</summary>
    /// <exception cref="QueryBuildException">Nothing in the query is searchable.</exception>
    public QueryPlan For(string text, UserQuery parsed, IndexReader reader, ICorpusVocabulary? corpus = null)
    {
        if (Capacity == 0 || corpus is not null || text.Length > MaxKeptLength)
        {
            return new QueryPlan(builder, parsed, text, reader, corpus);
        }
        if (plans.TryGet(reader, text, out var known))
        {
            return known;
        }
        // Built outside the cache's lock: two requests for a new text may both build it, and one plan is kept.
        var plan = new QueryPlan(builder, parsed, text, reader);
        plans.Add(reader, text, plan);
        return plan;
    }

    private static int Words(string text) => Math.Max(1, text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length);
}

/// <summary>
/// A query text built once on one index reader: the strict query, and, made the first time a search needs
/// it, the relaxed one (<see cref="LuceneQueryBuilder.Relax"/>). What a build reads and decides is kept and never
/// changed after, so concurrent searches share a plan.
/// </summary>
internal sealed class QueryPlan
{
    private readonly LuceneQueryBuilder builder;
    private readonly UserQuery parsed;
    private readonly string text;
    private readonly IndexReader reader;
    private readonly LuceneQueryBuilder.BuiltQuery strict;
    private readonly Lazy<PlannedQuery?> relaxed;

    /// <summary>Builds <paramref name="parsed"/> (typed as <paramref name="text"/>) on <paramref name="reader"/>, with
    /// the expansions a <paramref name="corpus"/>'s figures decide when one is given.</summary>
    /// <exception cref="QueryBuildException">Nothing in the query is searchable.</exception>
    public QueryPlan(LuceneQueryBuilder builder, UserQuery parsed, string text, IndexReader reader, ICorpusVocabulary? corpus = null)
    {
        (this.builder, this.parsed, this.text, this.reader) = (builder, parsed, text, reader);
        strict = builder.Build(parsed, reader, corpus);
        strict.Terms!.KeepStatesOnly();
        strict.Highlight.Freeze();
        Strict = new PlannedQuery(strict.Query, strict.Terms!, () => Finish(strict.Highlight, strict.Budget.Copy()));
        relaxed = new(Relax);
    }

    /// <summary>The query of all the words.</summary>
    public PlannedQuery Strict { get; }

    /// <summary>The query relaxed to some of the words (<see cref="RelaxedQuery"/> decides when it runs); null
    /// when the query has no words to relax.</summary>
    public PlannedQuery? Relaxed => relaxed.Value;

    // As a search without a plan goes on: relax from where the strict build left its terms and budget, then suggest.
    private PlannedQuery? Relax()
    {
        var highlight = strict.Highlight.Copy();
        var budget = strict.Budget.Copy();
        var terms = Strict.Terms();
        if (builder.Relax(parsed, strict with { Highlight = highlight, Budget = budget, Terms = terms }, reader) is not { } query)
        {
            return null;
        }
        terms.KeepStatesOnly();
        highlight.Freeze();
        return new PlannedQuery(query, terms, () => Finish(highlight, budget));
    }

    private Outcome Finish(HighlightTerms highlight, NeighbourBudget budget) =>
        new(highlight, SpellingSuggester.Suggest(reader, text, highlight.RareWords, budget), budget.Exhausted);

    /// <summary>What a search shows besides its hits: the terms it marks, its "did you mean" and whether its
    /// expansions were limited.</summary>
    public sealed record Outcome(HighlightTerms Highlight, string? DidYouMean, bool ExpansionsLimited);
}

/// <summary>One query of a <see cref="QueryPlan"/>, with the statistics its build read and, made the first time a
/// search shows it, its <see cref="QueryPlan.Outcome"/>.</summary>
internal sealed class PlannedQuery(Query query, QueryTerms read, Func<QueryPlan.Outcome> finish)
{
    private readonly Lazy<QueryPlan.Outcome> outcome = new(finish);

    /// <summary>The Lucene query.</summary>
    public Query Query { get; } = query;

    /// <summary>What a search of it marks and suggests.</summary>
    public QueryPlan.Outcome Outcome => outcome.Value;

    /// <summary>The statistics its build read, for one search's scoring: the build's states, its own enumerators.</summary>
    public QueryTerms Terms() => new(read);
}
