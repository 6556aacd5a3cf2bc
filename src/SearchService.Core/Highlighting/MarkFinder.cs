using Lucene.Net.Analysis;
using SearchService.Core.Analysis;
using SearchService.Core.Indexing;
using SearchService.Core.Search;

namespace SearchService.Core.Highlighting;

/// <summary>Finds the words of a paragraph that a query matched, by analysing the stored text again
/// with the index's analyzer and keeping the tokens whose term the query searched for.</summary>
public sealed class MarkFinder(Analyzer analyzer)
{
    /// <summary>The matched ranges of <paramref name="text"/>, in order and not overlapping.</summary>
    public IReadOnlyList<TextMark> Find(string text, HighlightTerms query)
    {
        var marks = new List<TextMark>();
        foreach (var token in TokenReader.Read(analyzer, ParagraphFields.Text, text))
        {
            var kind = KindOf(text, token, query);
            if (kind is null || (marks.Count > 0 && marks[^1].End > token.Start))
            {
                continue;
            }
            marks.Add(new TextMark(token.Start, token.End, kind));
        }
        return marks;
    }

    private static string? KindOf(string text, AnalyzedToken token, HighlightTerms query)
    {
        if (query.Terms.Contains(token.Term))
        {
            var surface = text[token.Start..token.End].ToLowerInvariant();
            return query.TypedWords.Contains(surface) ? MarkKinds.Exact : MarkKinds.Stem;
        }
        var word = text[token.Start..token.End].ToLowerInvariant();
        return query.Prefixes.Exists(p => word.StartsWith(p, StringComparison.Ordinal) || token.Term.StartsWith(p, StringComparison.Ordinal))
            ? MarkKinds.Prefix
            : null;
    }
}
