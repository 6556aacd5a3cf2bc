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
            AddMatches(candidates, ParagraphFields.TextParts, text, query.PartTerms, MarkKinds.Compound);
            AddMatches(candidates, ParagraphFields.TextFolded, text, query.FoldedTerms, MarkKinds.Folded);
        }
        var chosen = new List<TextMark>();
        foreach (var mark in candidates.OrderBy(m => Array.IndexOf(Strength, m.Kind)).ThenBy(m => m.Start))
        {
            if (!chosen.Exists(c => c.Start < mark.End && mark.Start < c.End))
            {
                chosen.Add(mark);
            }
        }
        chosen.Sort((a, b) => a.Start.CompareTo(b.Start));
        return chosen;
    }

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
