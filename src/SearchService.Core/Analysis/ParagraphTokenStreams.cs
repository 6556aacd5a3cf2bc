using Lucene.Net.Analysis;
using SearchService.Core.Indexing;

namespace SearchService.Core.Analysis;

/// <summary>
/// A paragraph's text analysed for the three fields it is indexed in (<see cref="ParagraphFields.Text"/>,
/// <see cref="ParagraphFields.TextParts"/>, <see cref="ParagraphFields.TextWords"/>), tokenised once: the words and
/// completed hyphen ellipses are read by <see cref="Read"/> (the rules of <see cref="WordTokenizer"/> and
/// <see cref="HyphenEllipses"/>), and each field's terms are made of them by its <see cref="FieldTerms"/>, when first
/// asked for. The terms are exactly those <see cref="SwedishAnalyzer"/> gives each field on its own, whose chain
/// tokenises and completes the text once per field and runs each rule as a Lucene stage: here none is. Indexing
/// reads the fields as token streams (<see cref="Text"/>, <see cref="Parts"/>, <see cref="Words"/>); highlighting
/// reads the terms (<see cref="TextTerms"/>, <see cref="PartsTerms"/>). One per thread
/// (<see cref="SwedishAnalyzer.ParagraphStreams"/>): it holds the last text read until the next.
/// </summary>
public sealed class ParagraphTokenStreams
{
    private readonly Decompounder decompounder;
    private readonly List<Recorded> words = [];
    private readonly List<HyphenEllipses.Step> steps = [];
    private readonly List<Recorded> tokens = [];
    private char[] chars = new char[1024];
    private int used;
    private int endOffset;
    private readonly AnalysedField text;
    private readonly AnalysedField parts;
    private readonly AnalysedField written;

    internal ParagraphTokenStreams(SwedishAnalyzer analyzer)
    {
        decompounder = analyzer.Decompounder;
        text = new AnalysedField(this, analyzer.FieldTerms(FieldTermKind.BaseForms));
        parts = new AnalysedField(this, analyzer.FieldTerms(FieldTermKind.Parts));
        written = new AnalysedField(this, analyzer.FieldTerms(FieldTermKind.Written));
        Text = new Replay(text);
        Parts = new Replay(parts);
        Words = new Replay(written);
    }

    /// <summary>The terms of <see cref="ParagraphFields.Text"/> of the text read last.</summary>
    public TokenStream Text { get; }

    /// <summary>The terms of <see cref="ParagraphFields.TextParts"/> of the text read last.</summary>
    public TokenStream Parts { get; }

    /// <summary>The terms of <see cref="ParagraphFields.TextWords"/> of the text read last.</summary>
    public TokenStream Words { get; }

    /// <summary>The terms of <see cref="ParagraphFields.Text"/> of the text read last, in order.</summary>
    internal IReadOnlyList<FieldTerms.Term> TextTerms => text.Terms();

    /// <summary>The terms of <see cref="ParagraphFields.TextParts"/> of the text read last, in order.</summary>
    internal IReadOnlyList<FieldTerms.Term> PartsTerms => parts.Terms();

    /// <summary>Tokenises <paramref name="paragraph"/> for the three fields, replacing what they held.</summary>
    public void Read(string paragraph)
    {
        words.Clear();
        tokens.Clear();
        used = 0;
        text.Forget();
        parts.Forget();
        written.Forget();
        // The tokenizer's and the ellipsis filter's rules, run here without their Lucene stages (which cost more
        // than the rules): the same tokens, proven against the analyzer's chain in ParagraphTokenStreamsTests.
        var position = 0;
        while (WordTokenizer.NextWord(paragraph, ref position, out var start, out var end, out var hyphenated))
        {
            var length = end - start;
            WordTokenizer.LowerCased(paragraph, start, end, Reserve(length));
            words.Add(new Recorded(used, length, start, end, hyphenated ? TokenSources.Hyphenated : TokenSources.Word, 1));
            used += length;
        }
        endOffset = paragraph.Length;
        HyphenEllipses.Complete(new RecordedWords(this), decompounder, steps);
        foreach (var step in steps)
        {
            var word = words[step.Source];
            if (step.Ending is not { } ending)
            {
                tokens.Add(word);
                continue;
            }
            var implied = Reserve(word.Length + ending.Length);
            chars.AsSpan(word.CharStart, word.Length).CopyTo(implied);
            ending.AsSpan().CopyTo(implied[word.Length..]);
            tokens.Add(new Recorded(used, word.Length + ending.Length, word.Start, word.End, TokenSources.Ellipsis, 0));
            used += word.Length + ending.Length;
        }
    }

    // Room for length more characters after the used ones.
    private Span<char> Reserve(int length)
    {
        if (used + length > chars.Length)
        {
            Array.Resize(ref chars, Math.Max(chars.Length * 2, used + length));
        }
        return chars.AsSpan(used, length);
    }

    // The words as the tokenizer made them, for the ellipsis rule.
    private readonly struct RecordedWords(ParagraphTokenStreams owner) : HyphenEllipses.IWords
    {
        public int Count => owner.words.Count;

        public string TypeAt(int index) => owner.words[index].Type;

        public ReadOnlySpan<char> TermAt(int index) => owner.chars.AsSpan(owner.words[index].CharStart, owner.words[index].Length);
    }

    // A token as the tokenizer and the ellipsis filter made it; its term is chars[CharStart..+Length].
    private readonly record struct Recorded(int CharStart, int Length, int Start, int End, string Type, int Increment);

    // One field's terms of the text read last, made when first asked for.
    private sealed class AnalysedField(ParagraphTokenStreams owner, FieldTerms rules)
    {
        private readonly List<FieldTerms.Term> terms = [];
        private bool made;

        public int TrailingGap => rules.TrailingGap;

        public int EndOffset => owner.endOffset;

        public char[] Chars => owner.chars;

        public void Forget() => made = false;

        public List<FieldTerms.Term> Terms()
        {
            if (made)
            {
                return terms;
            }
            terms.Clear();
            rules.Reset();
            foreach (var token in owner.tokens)
            {
                rules.Add(owner.chars, token.CharStart, token.Length, token.Start, token.End, token.Type, token.Increment, terms);
            }
            made = true;
            return terms;
        }
    }

    // A field's terms as a token stream, as the analyzer's chain for the field gives them.
    private sealed class Replay : TokenStream
    {
        private readonly AnalysedField field;
        private readonly WordAttributes word;
        private List<FieldTerms.Term> terms = [];
        private int next;

        public Replay(AnalysedField field)
        {
            this.field = field;
            word = new WordAttributes(this);
        }

        public override bool IncrementToken()
        {
            if (next == terms.Count)
            {
                return false;
            }
            ClearAttributes();
            word.Set(terms[next++], field.Chars);
            return true;
        }

        public override void Reset()
        {
            base.Reset();
            terms = field.Terms();
            next = 0;
        }

        public override void End()
        {
            base.End();
            word.Offset.SetOffset(field.EndOffset, field.EndOffset);
            word.Increment.PositionIncrement = field.TrailingGap;
        }
    }
}
