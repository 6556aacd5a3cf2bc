using Lucene.Net.Index;
using Lucene.Net.Search;

namespace SearchService.Core.Search.Queries;

/// <summary>
/// The statistics of the terms one query asks about, read from the index once: the decisions how far to
/// expand a word (its document frequencies, <see cref="SwedishWordClauses"/>) and the query's term clauses
/// share them, and so do the strict and the relaxed run of one search (<see cref="LuceneQueryBuilder.Relax"/>),
/// which otherwise each seek every term in every segment again. For a query of many rare words those
/// seeks were most of its cost. Belongs to one build on one reader; not thread-safe.
/// </summary>
public sealed class QueryTerms(IndexReader reader)
{
    private readonly Dictionary<Term, TermContext> states = [];

    /// <summary>The reader the statistics come from.</summary>
    public IndexReader Reader => reader;

    /// <summary>Paragraphs the statistics count among (Lucene's <c>maxDoc</c>, as its similarities take it).</summary>
    public int Documents => reader.MaxDoc;

    /// <summary>Paragraphs holding <paramref name="text"/> in <paramref name="field"/>.</summary>
    public int DocFreq(string field, string text) => State(new Term(field, text)).DocFreq;

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

    private TermContext State(Term term)
    {
        if (!states.TryGetValue(term, out var state))
        {
            state = TermContext.Build(reader.Context, term);
            states[term] = state;
        }
        return state;
    }
}
