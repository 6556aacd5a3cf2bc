using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using SearchService.Core.Analysis;
using SearchService.Core.Indexing;
using LucenePhraseQuery = Lucene.Net.Search.PhraseQuery;

namespace SearchService.Core.Search;

/// <summary>
/// Turns a parsed user query into a Lucene query over the paragraph fields: every word or phrase is
/// searched in the paragraph text and, with less weight, in its section heading and document title
/// (the best field counts, the others add a little). Words written side by side must all occur when
/// there are one or two of them, and three in four of them when there are more.
/// </summary>
public sealed class LuceneQueryBuilder(Analyzer analyzer)
{
    private const float TieBreaker = 0.1f;
    private const int MinimumPrefixLength = 2;

    private static readonly (string Field, float Boost)[] Fields =
    [
        (ParagraphFields.Text, 1.0f),
        (ParagraphFields.Section, 0.5f),
        (ParagraphFields.Title, 0.3f),
    ];

    /// <summary>A Lucene query with the terms to mark in hits.</summary>
    public sealed record BuiltQuery(Query Query, HighlightTerms Highlight);

    /// <summary>Builds the Lucene query for <paramref name="query"/>.</summary>
    /// <exception cref="QueryBuildException">Nothing in the query is searchable.</exception>
    public BuiltQuery Build(UserQuery query)
    {
        var highlight = new HighlightTerms();
        var built = Build(query, highlight, negated: false);
        if (built is null || IsOnlyExclusions(query))
        {
            throw new QueryBuildException("The query has no words to search for (only common words such as \"och\" or \"att\", or only exclusions).");
        }
        return new BuiltQuery(built, highlight);
    }

    private Query? Build(UserQuery query, HighlightTerms highlight, bool negated) => query switch
    {
        WordQuery word when word.IsPrefix => Prefix(word.Text, highlight, negated),
        WordQuery word => Words(word.Text, highlight, negated),
        PhraseQuery phrase => Words(phrase.Text, highlight, negated),
        NotQuery not => Build(not.Inner, highlight, !negated),
        AllQuery all => Combine(all.Parts, highlight, negated, all.IsExplicit ? Occur.MUST : null),
        AnyQuery any => Combine(any.Parts, highlight, negated, Occur.SHOULD),
        _ => throw new ArgumentOutOfRangeException(nameof(query)),
    };

    private Query? Combine(IReadOnlyList<UserQuery> parts, HighlightTerms highlight, bool negated, Occur? occur)
    {
        var clauses = new List<(Query Query, bool Excluded)>();
        foreach (var part in parts)
        {
            var built = Build(part, highlight, negated);
            if (built is not null)
            {
                clauses.Add((built, part is NotQuery));
            }
        }
        var positives = clauses.Count(c => !c.Excluded);
        if (positives == 0)
        {
            return null;
        }
        var implicitOccur = positives <= 2 ? Occur.MUST : Occur.SHOULD;
        var boolean = new BooleanQuery();
        foreach (var (clause, excluded) in clauses)
        {
            boolean.Add(clause, excluded ? Occur.MUST_NOT : occur ?? implicitOccur);
        }
        if (occur is null && implicitOccur == Occur.SHOULD)
        {
            boolean.MinimumNumberShouldMatch = positives * 3 / 4;
        }
        return positives == 1 && clauses.Count == 1 ? clauses[0].Query : boolean;
    }

    private Query? Words(string text, HighlightTerms highlight, bool negated)
    {
        var tokens = TokenReader.Read(analyzer, ParagraphFields.Text, text);
        if (tokens.Count == 0)
        {
            return null;
        }
        if (!negated)
        {
            foreach (var token in tokens)
            {
                highlight.Terms.Add(token.Term);
            }
            foreach (var typed in text.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                highlight.TypedWords.Add(typed);
            }
        }
        return AcrossFields(field => tokens.Count == 1 ? new TermQuery(new Term(field, tokens[0].Term)) : Phrase(field, tokens));
    }

    private static LucenePhraseQuery Phrase(string field, IReadOnlyList<AnalyzedToken> tokens)
    {
        var phrase = new LucenePhraseQuery();
        foreach (var token in tokens)
        {
            phrase.Add(new Term(field, token.Term), token.Position);
        }
        return phrase;
    }

    private Query? Prefix(string text, HighlightTerms highlight, bool negated)
    {
        var prefix = text.ToLowerInvariant();
        if (prefix.Length < MinimumPrefixLength)
        {
            return Words(text, highlight, negated);
        }
        if (!negated)
        {
            highlight.Prefixes.Add(prefix);
        }
        return AcrossFields(field => new PrefixQuery(new Term(field, prefix)) { MultiTermRewriteMethod = MultiTermQuery.CONSTANT_SCORE_FILTER_REWRITE });
    }

    private static DisjunctionMaxQuery AcrossFields(Func<string, Query> perField)
    {
        var query = new DisjunctionMaxQuery(TieBreaker);
        foreach (var (field, boost) in Fields)
        {
            var fieldQuery = perField(field);
            fieldQuery.Boost = boost;
            query.Add(fieldQuery);
        }
        return query;
    }

    private static bool IsOnlyExclusions(UserQuery query) => query switch
    {
        NotQuery => true,
        AllQuery all => all.Parts.All(IsOnlyExclusions),
        _ => false,
    };
}
