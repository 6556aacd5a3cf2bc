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
    private readonly RecordedWords words = new();
    private readonly List<HyphenEllipses.Step> steps = [];
    private readonly List<RecordedWord> tokens = [];
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
        text.Forget();
        parts.Forget();
        written.Forget();
        // The tokenizer's and the ellipsis filter's rules, run here without their Lucene stages (which cost more
        // than the rules): the same tokens, proven against the analyzer's chain in ParagraphTokenStreamsTests.
        var position = 0;
        while (WordTokenizer.NextWord(paragraph, ref position, out var start, out var end, out var hyphenated))
        {
            WordTokenizer.LowerCased(paragraph, start, end,
                words.Add(end - start, start, end, hyphenated ? TokenSources.Hyphenated : TokenSources.Word, 1));
        }
        endOffset = paragraph.Length;
        HyphenEllipses.Complete(words, decompounder, steps);
        foreach (var step in steps)
        {
            tokens.Add(words.Token(step));
        }
    }

    // One field's terms of the text read last, made when first asked for.
    private sealed class AnalysedField(ParagraphTokenStreams owner, FieldTerms rules)
    {
        private readonly List<FieldTerms.Term> terms = [];
        private bool made;

        public int TrailingGap => rules.TrailingGap;

        public int EndOffset => owner.endOffset;

        public char[] Chars => owner.words.Chars;

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
                rules.Add(owner.words.Chars, token.CharStart, token.Length, token.Start, token.End, token.Type, token.Increment, terms);
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
