using Lucene.Net.Analysis;
using SearchService.Core.Analysis;
using SearchService.Core.Indexing;
using SearchService.Core.Search;

namespace SearchService.Core.Highlighting;

/// <summary>
/// Finds the words of a paragraph that a query matched, by analysing the stored text again with the
/// index's analyzer, field by field, and keeping the tokens whose term the query searched for in that
/// field. Where matches overlap the stronger kind wins (exact, stem, prefix, ellipsis, compound,
/// folded, fuzzy); a compound part is marked as just that part.
/// </summary>
public sealed class MarkFinder(Analyzer analyzer)
{
    // For tests: analyse every field for every text, to compare with the shortcut below.
    internal bool AlwaysAnalyse { get; init; }

    private static readonly string[] Strength =
        [MarkKinds.Exact, MarkKinds.Stem, MarkKinds.Prefix, MarkKinds.Ellipsis, MarkKinds.Compound, MarkKinds.Folded, MarkKinds.Fuzzy];

    /// <summary>The matched ranges of <paramref name="text"/>, in order and not overlapping.</summary>
    public IReadOnlyList<TextMark> Find(string text, HighlightTerms query)
    {
        var candidates = new List<TextMark>();
        foreach (var token in TokenReader.Read(analyzer, ParagraphFields.Text, text))
        {
            if (TextKind(text, token, query) is { } kind)
            {
                candidates.Add(new TextMark(token.Start, token.End, kind));
            }
        }
        if (analyzer is SwedishAnalyzer)
        {
            var lower = text.ToLowerInvariant();
            if (MayAddMatches(lower, query.PartTerms, candidates, MarkKinds.Compound))
            {
                AddMatches(candidates, ParagraphFields.TextParts, text, query.PartTerms, MarkKinds.Compound);
            }
            if (MayAddMatches(DiacriticFoldingFilter.Fold(lower), query.FoldedTerms, candidates, MarkKinds.Folded))
            {
                AddMatches(candidates, ParagraphFields.TextFolded, text, query.FoldedTerms, MarkKinds.Folded);
            }
        }
        var chosen = new List<TextMark>();
        foreach (var mark in candidates.OrderBy(m => StrengthOf(m.Kind)).ThenBy(m => m.Start))
        {
            if (!chosen.Exists(c => c.Start < mark.End && mark.Start < c.End))
            {
                chosen.Add(mark);
            }
        }
        chosen.Sort((a, b) => a.Start.CompareTo(b.Start));
        return chosen;
    }

    // Analysing the text again for a field is most of highlighting's cost, and usually finds nothing
    // new: a term of these fields (a stem, of a part or folded word) is a prefix of what it came from,
    // so it can only match where it occurs in the text (lower-cased, folded for the folded field), and
    // a match inside a word already marked at least as strongly would lose to that mark. A hyphenated
    // fragment ("hälso- och") may carry parts of a word the text only implies: always analysed.
    private bool MayAddMatches(string haystack, HashSet<string> terms, List<TextMark> marked, string kind)
    {
        if (terms.Count == 0)
        {
            return false;
        }
        if (AlwaysAnalyse || haystack.Contains("- ", StringComparison.Ordinal) || haystack.Contains("-,", StringComparison.Ordinal))
        {
            return true;
        }
        foreach (var term in terms)
        {
            for (var at = haystack.IndexOf(term, StringComparison.Ordinal); at >= 0; at = haystack.IndexOf(term, at + 1, StringComparison.Ordinal))
            {
                if (!marked.Exists(m => m.Start <= at && at + term.Length <= m.End && StrengthOf(m.Kind) <= StrengthOf(kind)))
                {
                    return true;
                }
            }
        }
        return false;
    }

    private static int StrengthOf(string kind) => Array.IndexOf(Strength, kind);

    private void AddMatches(List<TextMark> candidates, string field, string text, HashSet<string> terms, string kind)
    {
        if (terms.Count == 0)
        {
            return;
        }
        foreach (var token in TokenReader.Read(analyzer, field, text))
        {
            if (terms.Contains(token.Term))
            {
                candidates.Add(new TextMark(token.Start, token.End, token.Type == TokenSources.Ellipsis ? MarkKinds.Ellipsis : kind));
            }
        }
    }

    private static string? TextKind(string text, AnalyzedToken token, HighlightTerms query)
    {
        var word = text[token.Start..token.End].ToLowerInvariant();
        if (query.Terms.Contains(token.Term))
        {
            return token.Type == TokenSources.Ellipsis ? MarkKinds.Ellipsis
                : query.TypedWords.Contains(word) ? MarkKinds.Exact
                : MarkKinds.Stem;
        }
        if (query.PartTerms.Contains(token.Term))
        {
            return MarkKinds.Compound;
        }
        if (query.FoldedTerms.Contains(token.Term))
        {
            return MarkKinds.Folded;
        }
        if (query.FuzzyTerms.Contains(token.Term))
        {
            return MarkKinds.Fuzzy;
        }
        return query.Prefixes.Exists(p => word.StartsWith(p, StringComparison.Ordinal) || token.Term.StartsWith(p, StringComparison.Ordinal))
            ? MarkKinds.Prefix
            : null;
    }
}
