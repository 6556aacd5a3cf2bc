using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace SearchService.Core.Analysis;

/// <summary>A token as an analyzer produced it: its term, position and offsets in the analysed text.</summary>
/// <param name="Term">The indexed term.</param>
/// <param name="Position">0-based position (stop words leave gaps).</param>
/// <param name="Start">Start offset in the text.</param>
/// <param name="End">End offset in the text (exclusive).</param>
/// <param name="Type">Where the token came from (a <see cref="TokenSources"/> value, or the tokenizer's own type).</param>
public readonly record struct AnalyzedToken(string Term, int Position, int Start, int End, string Type = TokenSources.Word);

/// <summary>Runs an analyzer over a text and returns its tokens.</summary>
public static class TokenReader
{
    /// <summary>All tokens <paramref name="analyzer"/> produces for <paramref name="text"/> in <paramref name="field"/>.</summary>
    public static IReadOnlyList<AnalyzedToken> Read(Analyzer analyzer, string field, string text) => Read(analyzer, field, text, []);

    /// <summary>All tokens <paramref name="analyzer"/> produces for <paramref name="text"/> in <paramref name="field"/>,
    /// in <paramref name="tokens"/> (emptied first), for a caller that reuses one list.</summary>
    public static List<AnalyzedToken> Read(Analyzer analyzer, string field, string text, List<AnalyzedToken> tokens)
    {
        tokens.Clear();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        var type = stream.AddAttribute<ITypeAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            tokens.Add(new AnalyzedToken(term.ToString(), position, offset.StartOffset, offset.EndOffset, type.Type));
        }
        stream.End();
        return tokens;
    }

    /// <summary>A field's terms made without a token stream (<see cref="ParagraphTokenStreams"/>) as tokens with their
    /// positions, as <see cref="Read(Analyzer, string, string, List{AnalyzedToken})"/> gives them, in
    /// <paramref name="tokens"/> (emptied first). Base forms and parts only: a word kept as written has no text of its own.</summary>
    internal static List<AnalyzedToken> Read(IReadOnlyList<FieldTerms.Term> terms, List<AnalyzedToken> tokens)
    {
        tokens.Clear();
        var position = -1;
        foreach (var term in terms)
        {
            position += term.Increment;
            tokens.Add(new AnalyzedToken(term.Text!, position, term.Start, term.End, term.Type));
        }
        return tokens;
    }
}
