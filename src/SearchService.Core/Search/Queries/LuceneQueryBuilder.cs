using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using SearchService.Core.Analysis;
using SearchService.Core.Indexing;
using SearchService.Core.Search.Scoring;

namespace SearchService.Core.Search.Queries;

/// <summary>
/// Turns a parsed user query into a Lucene query over the paragraph fields: every word or phrase is
/// searched in the paragraph text and, with less weight, in its section heading and document title
/// (the best field counts, the others add a little). Words written side by side must all occur when
/// there are one or two of them, and three in four of them when there are more. Every weight and
/// threshold is in <see cref="Ranking"/>. With
/// <see cref="AnalysisMode.Swedish"/> each word also matches, with less weight, as a compound part,
/// in the index's spellings of it with other diacritics, split into its parts, and (when rare in the
/// index) by near spellings (<see cref="SwedishWordClauses"/>).
/// </summary>
internal sealed class LuceneQueryBuilder(TextAnalysis analysis)
{
    private readonly Analyzer analyzer = analysis.Analyzer;
    private const int MinimumPrefixLength = 2;

    private readonly SwedishWordClauses? swedish = analysis.Mode == AnalysisMode.Swedish ? new SwedishWordClauses(analysis) : null;

    /// <summary>A Lucene query with the terms to mark in hits, what its near-spelling lookups left
    /// of the request's budget (for "did you mean"), and the statistics read of its terms (null without a reader).</summary>
    public sealed record BuiltQuery(Query Query, HighlightTerms Highlight, NeighbourBudget Budget, QueryTerms? Terms = null);

    /// <summary>Builds the Lucene query for <paramref name="query"/>; with a <paramref name="reader"/>,
    /// words rare in that index also match their near spellings. With a <paramref name="corpus"/>, how far a
    /// word is expanded is decided by its figures, not the reader's (a cluster's shard).</summary>
    /// <exception cref="QueryBuildException">Nothing in the query is searchable.</exception>
    public BuiltQuery Build(UserQuery query, IndexReader? reader = null, ICorpusVocabulary? corpus = null)
    {
        var highlight = new HighlightTerms();
        var budget = new NeighbourBudget();
        var terms = reader is null ? null : new QueryTerms(reader, corpus);
        var built = Build(query, new Context(highlight, terms, budget), negated: false);
        if (built is null || IsOnlyExclusions(query))
        {
            throw new QueryBuildException("The query has no words to search for (only common words such as \"och\" or \"att\", or only exclusions).");
        }
        return new BuiltQuery(built, highlight, budget, terms);
    }

    /// <summary>The query of words side by side relaxed to any of them (phrases stay required, exclusions
    /// excluded), with those that have all of them (<paramref name="strict"/>) first
    /// (<see cref="Ranking.AllWordsBoost"/>); null when it has no word to relax or only one part. Terms to
    /// mark go into <paramref name="strict"/>'s highlight.</summary>
    public Query? Relax(UserQuery query, BuiltQuery strict, IndexReader? reader = null)
    {
        if (query is not AllQuery { IsExplicit: false } all)
        {
            return null;
        }
        var terms = strict.Terms?.Reader == reader ? strict.Terms : reader is null ? null : new QueryTerms(reader);
        var context = new Context(strict.Highlight, terms, strict.Budget);
        var relaxed = new WordCombinationQuery();
        var (words, required) = (0, 0);
        var builtParts = all.Parts.Select(part => Build(part, context, negated: false)).ToList();
        JoinAdjacent(all.Parts, builtParts, context, negated: false);
        foreach (var (part, built) in all.Parts.Zip(builtParts))
        {
            if (built is null)
            {
                continue;
            }
            var occur = part switch
            {
                ExcludedQuery => Occur.MUST_NOT,
                QuotedPhraseQuery => Occur.MUST,
                _ => Occur.SHOULD,
            };
            words += occur == Occur.SHOULD ? 1 : 0;
            required += occur == Occur.MUST ? 1 : 0;
            relaxed.Add(built, occur);
        }
        if (words == 0 || words + required < 2)
        {
            return null;
        }
        // With a phrase required, the words are optional; without, at least one must match.
        relaxed.MinimumNumberShouldMatch = required > 0 ? 0 : 1;
        var allWords = new BooleanQuery { { strict.Query, Occur.MUST } };
        allWords.Boost = Ranking.AllWordsBoost;
        relaxed.Add(allWords, Occur.SHOULD);
        return relaxed;
    }

    // What one build carries down the query tree.
    private sealed record Context(HighlightTerms Highlight, QueryTerms? Terms, NeighbourBudget Budget);

    private Query? Build(UserQuery query, Context context, bool negated) => query switch
    {
        WordQuery word when word.IsPrefix => Prefix(word.Text, context, negated),
        WordQuery word => Words(word.Text, context, negated),
        QuotedPhraseQuery phrase => Words(phrase.Text, context, negated, quoted: true),
        ExcludedQuery not => Build(not.Inner, context, !negated),
        AllQuery all => Combine(all.Parts, context, negated, all.IsExplicit ? Occur.MUST : null),
        AnyQuery any => Combine(any.Parts, context, negated, Occur.SHOULD),
        _ => throw new ArgumentOutOfRangeException(nameof(query)),
    };

    private Query? Combine(IReadOnlyList<UserQuery> parts, Context context, bool negated, Occur? occur)
    {
        var clauses = new List<(Query Query, bool Excluded)>();
        var builtParts = parts.Select(part => Build(part, context, negated)).ToList();
        JoinAdjacent(parts, builtParts, context, negated);
        for (var i = 0; i < parts.Count; i++)
        {
            if (builtParts[i] is { } built)
            {
                clauses.Add((built, parts[i] is ExcludedQuery));
            }
        }
        var positives = clauses.Count(c => !c.Excluded);
        if (positives == 0)
        {
            return null;
        }
        var implicitOccur = positives <= Ranking.AllWordsRequiredUpTo ? Occur.MUST : Occur.SHOULD;
        var boolean = new WordCombinationQuery();
        foreach (var (clause, excluded) in clauses)
        {
            boolean.Add(clause, excluded ? Occur.MUST_NOT : occur ?? implicitOccur);
        }
        if (occur is null && implicitOccur == Occur.SHOULD)
        {
            boolean.MinimumNumberShouldMatch = Ranking.WordsRequired(positives);
        }
        return positives == 1 && clauses.Count == 1 ? clauses[0].Query : boolean;
    }

    // Two plain words side by side that the index has written together as a compound each also match
    // the compound, as a whole word: "asyl prövning" ranks "asylprövningen" with both words.
    private void JoinAdjacent(IReadOnlyList<UserQuery> parts, List<Query?> built, Context context, bool negated)
    {
        if (swedish is null || context.Terms is null || negated)
        {
            return;
        }
        for (var i = 0; i + 1 < parts.Count; i++)
        {
            if (parts[i] is WordQuery { IsPrefix: false } first && parts[i + 1] is WordQuery { IsPrefix: false } second
                && built[i] is DisjunctionMaxQuery firstQuery && built[i + 1] is DisjunctionMaxQuery secondQuery
                && context.Budget.TryJoin(first.Text, second.Text) && swedish.Joined(first.Text, second.Text, context.Terms) is { } compound)
            {
                firstQuery.Add(context.Terms.Query(ParagraphFields.Text, compound));
                secondQuery.Add(context.Terms.Query(ParagraphFields.Text, compound));
                context.Highlight.Terms.Add(compound);
            }
        }
    }

    // A quoted word is searched as typed, never as another spelling: the quotes say which word is meant.
    private Query? Words(string text, Context context, bool negated, bool quoted = false)
    {
        var tokens = TokenReader.Read(analyzer, ParagraphFields.Text, text);
        if (tokens.Count == 0)
        {
            return null;
        }
        var lower = text.ToLowerInvariant();
        if (swedish is not null && !negated && !quoted && tokens.Count == 1 && !lower.Contains(' ')
            && Respelled(lower, tokens[0].Term, context) is { } respelled)
        {
            return respelled;
        }
        var highlight = negated ? null : context.Highlight;
        if (highlight is not null)
        {
            foreach (var token in tokens)
            {
                highlight.Terms.Add(token.Term);
            }
            foreach (var typed in lower.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                highlight.TypedWords.Add(typed);
            }
        }
        // An inflected word as typed also earns the written-form bonus; a base form names the word, not a form.
        var written = swedish is not null && tokens.Count == 1 && !lower.Contains(' ') && lower != tokens[0].Term ? lower : null;
        var query = AcrossFields(field => tokens.Count > 1 ? Phrase(field, tokens)
            : written is not null && field == ParagraphFields.Text ? SwedishWordClauses.WithWrittenForm(context.Terms, tokens[0].Term, written)
            : QueryTerms.Query(context.Terms, field, tokens[0].Term), tokens.Count == 1 ? (context.Terms, tokens[0].Term) : default);
        if (swedish is null)
        {
            return query;
        }
        context.Budget.BeginWord(lower);
        if (tokens.Count == 1)
        {
            swedish.AddTo(query, text, tokens[0].Term, context.Terms, highlight, negated, context.Budget);
        }
        else if (swedish.FoldedPhrase(text, tokens, context.Terms, highlight, context.Budget) is { } folded)
        {
            query.Add(folded);
        }
        // A compound typed with a hyphen also finds it written closed ("Nato-medlemskap": "Natomedlemskap"), as two
        // words side by side do (JoinAdjacent); written closed, it finds the hyphenated form by its split clause.
        if (tokens.Count == 2 && lower.Split('-') is [var modifier, var head] && context.Terms is { } terms
            && context.Budget.TryJoin(modifier, head) && swedish.Joined(modifier, head, terms) is { } compound)
        {
            query.Add(terms.Query(ParagraphFields.Text, compound));
            highlight?.Terms.Add(compound);
        }
        return query;
    }

    // A word the index never has as typed, searched as the spelling the user meant, with all its clauses: the same
    // with å, ä or ö (SwedishWordClauses.Respelling: "lander", marked as folded), or, for a word the dictionary does
    // not know either, a word one edit away (SwedishWordClauses.NearSpelling: "naturigt", marked as fuzzy). The word as
    // typed is not searched: its base form is often another word ("rattigheterna" read as "ratt", a steering wheel,
    // found "rattfylleri" first; "naturigt" read as "natur" found "Natura 2000"). The suggestion names the spelling
    // searched. Null when there is no such spelling, or it is not one word.
    private DisjunctionMaxQuery? Respelled(string typed, string term, Context context)
    {
        var (meant, marked) = swedish!.Respelling(typed, context.Terms, context.Budget) is { } restored ? (restored, context.Highlight.FoldedTerms)
            : swedish.NearSpelling(typed, term, context.Terms, context.Budget) is { } near ? (near, context.Highlight.FuzzyTerms)
            : (null, null);
        if (meant is null || TokenReader.Read(analyzer, ParagraphFields.Text, meant) is not [var token])
        {
            return null;
        }
        var highlight = context.Highlight;
        marked!.Add(token.Term);
        highlight.TypedWords.Add(typed);
        highlight.RareWords.Add(typed);
        var query = AcrossFields(field => field == ParagraphFields.Text
            ? SwedishWordClauses.WithWrittenForm(context.Terms, token.Term, meant)
            : QueryTerms.Query(context.Terms, field, token.Term), (context.Terms, token.Term));
        swedish.AddTo(query, meant, token.Term, context.Terms, highlight, budget: context.Budget);
        return query;
    }

    private static PhraseQuery Phrase(string field, IReadOnlyList<AnalyzedToken> tokens)
    {
        var phrase = new PhraseQuery();
        foreach (var token in tokens)
        {
            phrase.Add(new Term(field, token.Term), token.Position);
        }
        return phrase;
    }

    private Query? Prefix(string text, Context context, bool negated)
    {
        var prefix = text.ToLowerInvariant();
        if (prefix.Length < MinimumPrefixLength)
        {
            return Words(text, context, negated);
        }
        if (!negated)
        {
            context.Highlight.Prefixes.Add(prefix);
        }
        return AcrossFields(field => new PrefixQuery(new Term(field, prefix)) { MultiTermRewriteMethod = MultiTermQuery.CONSTANT_SCORE_FILTER_REWRITE });
    }

    // The word or phrase in every field, each with its weight. With the statistics of a single term, a heading field
    // scores the term no rarer than the paragraph text does (Ranking.HeadingRarity).
    private static DisjunctionMaxQuery AcrossFields(Func<string, Query> perField, (QueryTerms? Terms, string? Term) single = default)
    {
        var query = new SmallDisjunctionMaxQuery(Ranking.FieldTieBreaker);
        foreach (var (field, boost) in Ranking.Fields)
        {
            var fieldQuery = perField(field);
            fieldQuery.Boost = field != ParagraphFields.Text && single is ({ } terms, { } term)
                ? boost * Ranking.HeadingRarity(terms.DocFreq(field, term), terms.DocFreq(ParagraphFields.Text, term), terms.Documents)
                : boost;
            query.Add(fieldQuery);
        }
        return query;
    }

    private static bool IsOnlyExclusions(UserQuery query) => query switch
    {
        ExcludedQuery => true,
        AllQuery all => all.Parts.All(IsOnlyExclusions),
        _ => false,
    };
}
