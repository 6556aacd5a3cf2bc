using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using SearchService.Core.Indexing;

namespace SearchService.Core.Analysis;

/// <summary>
/// A paragraph's text for the three fields it is indexed in (<see cref="ParagraphFields.Text"/>,
/// <see cref="ParagraphFields.TextParts"/>, <see cref="ParagraphFields.TextWords"/>), tokenised once: the words and
/// completed hyphen ellipses are read by <see cref="Read"/>, and each field's stream replays them through the rest
/// of its chain. The tokens are exactly those <see cref="SwedishAnalyzer"/> gives each field on its own, which
/// read, tokenised and completed the text once per field. One per thread (<see cref="SwedishAnalyzer.ParagraphStreams"/>):
/// the streams hold the last text read until the next.
/// </summary>
public sealed class ParagraphTokenStreams
{
    private readonly SwedishAnalyzer analyzer;
    private readonly List<Recorded> tokens = [];
    private char[] chars = new char[1024];
    private int used;
    private int endOffset;

    internal ParagraphTokenStreams(SwedishAnalyzer analyzer)
    {
        this.analyzer = analyzer;
        Text = analyzer.Terms(new Replay(this, withEllipses: true), partsOnly: false);
        Parts = analyzer.Terms(new Replay(this, withEllipses: true), partsOnly: true);
        Words = SwedishAnalyzer.WrittenWords(new Replay(this, withEllipses: false));
    }

    /// <summary>The terms of <see cref="ParagraphFields.Text"/> of the text read last.</summary>
    public TokenStream Text { get; }

    /// <summary>The terms of <see cref="ParagraphFields.TextParts"/> of the text read last.</summary>
    public TokenStream Parts { get; }

    /// <summary>The terms of <see cref="ParagraphFields.TextWords"/> of the text read last.</summary>
    public TokenStream Words { get; }

    /// <summary>Tokenises <paramref name="text"/> for the three streams, replacing what they held.</summary>
    public void Read(string text)
    {
        tokens.Clear();
        used = 0;
        using var stream = analyzer.GetTokenStream(SwedishAnalyzer.WordsAndEllipses, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        var type = stream.AddAttribute<ITypeAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            if (used + term.Length > chars.Length)
            {
                Array.Resize(ref chars, Math.Max(chars.Length * 2, used + term.Length));
            }
            term.Buffer.AsSpan(0, term.Length).CopyTo(chars.AsSpan(used));
            tokens.Add(new Recorded(used, term.Length, offset.StartOffset, offset.EndOffset, type.Type, increment.PositionIncrement));
            used += term.Length;
        }
        stream.End();
        endOffset = offset.EndOffset;
    }

    // A token as the tokenizer and the ellipsis filter made it; its term is chars[CharStart..+Length].
    private readonly record struct Recorded(int CharStart, int Length, int Start, int End, string Type, int Increment);

    // The recorded tokens as a tokenizer gives them, the implied words of ellipses included or not (they stand at
    // their fragment's position, so leaving them out moves no other token).
    private sealed class Replay : TokenStream
    {
        private readonly ParagraphTokenStreams owner;
        private readonly bool withEllipses;
        private readonly ICharTermAttribute term;
        private readonly IOffsetAttribute offset;
        private readonly IPositionIncrementAttribute increment;
        private readonly ITypeAttribute type;
        private int next;

        public Replay(ParagraphTokenStreams owner, bool withEllipses)
        {
            this.owner = owner;
            this.withEllipses = withEllipses;
            term = AddAttribute<ICharTermAttribute>();
            offset = AddAttribute<IOffsetAttribute>();
            increment = AddAttribute<IPositionIncrementAttribute>();
            type = AddAttribute<ITypeAttribute>();
        }

        public override bool IncrementToken()
        {
            while (next < owner.tokens.Count)
            {
                var token = owner.tokens[next++];
                if (!withEllipses && token.Type == TokenSources.Ellipsis)
                {
                    continue;
                }
                ClearAttributes();
                term.CopyBuffer(owner.chars, token.CharStart, token.Length);
                offset.SetOffset(token.Start, token.End);
                type.Type = token.Type;
                increment.PositionIncrement = token.Increment;
                return true;
            }
            return false;
        }

        public override void Reset()
        {
            base.Reset();
            next = 0;
        }

        public override void End()
        {
            base.End();
            offset.SetOffset(owner.endOffset, owner.endOffset);
        }
    }
}
