using Lucene.Net.Analysis;
using SearchService.Core.Indexing;

namespace SearchService.Core.Analysis;

/// <summary>One token of <see cref="TokenExplainer.Explain"/>.</summary>
/// <param name="Term">The indexed term.</param>
/// <param name="Field">The index field it goes to (<c>text</c>, <c>text.parts</c>).</param>
/// <param name="Position">0-based position.</param>
/// <param name="Start">Start offset in the text.</param>
/// <param name="End">End offset (exclusive).</param>
/// <param name="Source">How it came about: <c>word</c> (as written, lower case), <c>stem</c>, <c>compound</c> or <c>ellipsis</c>.</param>
public sealed record ExplainedToken(string Term, string Field, int Position, int Start, int End, string Source);

/// <summary>Shows what the analysis makes of a text, field by field, like Elasticsearch's <c>_analyze</c>.</summary>
public static class TokenExplainer
{
    /// <summary>Source of a token stemmed from the word as written.</summary>
    public const string Stem = "stem";

    private static readonly string[] SwedishFields = [ParagraphFields.Text, ParagraphFields.TextParts];

    /// <summary>The tokens <paramref name="analyzer"/> makes of <paramref name="text"/> in each searched paragraph field.</summary>
    public static IReadOnlyList<ExplainedToken> Explain(Analyzer analyzer, string text)
    {
        var fields = analyzer is SwedishAnalyzer ? SwedishFields : [ParagraphFields.Text];
        var tokens = new List<ExplainedToken>();
        foreach (var field in fields)
        {
            foreach (var token in TokenReader.Read(analyzer, field, text))
            {
                tokens.Add(new ExplainedToken(token.Term, field, token.Position, token.Start, token.End, SourceOf(field, token, text)));
            }
        }
        return tokens;
    }

    private static string SourceOf(string field, AnalyzedToken token, string text) => token.Type switch
    {
        TokenSources.Compound => TokenSources.Compound,
        TokenSources.Ellipsis => TokenSources.Ellipsis,
        _ when string.Equals(text[token.Start..token.End], token.Term, StringComparison.OrdinalIgnoreCase) => TokenSources.Word,
        _ => Stem,
    };
}
