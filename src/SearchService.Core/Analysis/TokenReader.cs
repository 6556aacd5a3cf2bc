using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace SearchService.Core.Analysis;

/// <summary>A token as an analyzer produced it: its term, position and offsets in the analysed text.</summary>
/// <param name="Term">The indexed term.</param>
/// <param name="Position">0-based position (stop words leave gaps).</param>
/// <param name="Start">Start offset in the text.</param>
/// <param name="End">End offset in the text (exclusive).</param>
public readonly record struct AnalyzedToken(string Term, int Position, int Start, int End);

/// <summary>Runs an analyzer over a text and returns its tokens.</summary>
public static class TokenReader
{
    /// <summary>All tokens <paramref name="analyzer"/> produces for <paramref name="text"/> in <paramref name="field"/>.</summary>
    public static IReadOnlyList<AnalyzedToken> Read(Analyzer analyzer, string field, string text)
    {
        var tokens = new List<AnalyzedToken>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            tokens.Add(new AnalyzedToken(term.ToString(), position, offset.StartOffset, offset.EndOffset));
        }
        stream.End();
        return tokens;
    }
}
