using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace SearchService.Core.Analysis;

/// <summary>
/// Splits text into lower-case words: runs of letters and digits, a number keeping its inner <c>,</c>, <c>.</c>
/// or <c>:</c> ("2,5", "10.000"). A word written with a trailing hyphen before a space or comma
/// ("vårdplats- och", "kvälls-,") gets the type <see cref="TokenSources.Hyphenated"/> so the ellipsis
/// filter can complete it; every other word is <see cref="TokenSources.Word"/>.
/// Lower-casing happens here, while the word is copied: Lucene's <c>LowerCaseFilter</c> maps every
/// token through the culture-aware (ICU) case mapping, which profiling showed to be a quarter of
/// all indexing CPU time on Swedish text.
/// </summary>
internal sealed class WordTokenizer : Tokenizer
{
    private const int MaxWordLength = 255;
    private readonly ICharTermAttribute term;
    private readonly IOffsetAttribute offset;
    private readonly ITypeAttribute type;
    private string text = "";
    private int position;

    /// <summary>A tokenizer reading <paramref name="input"/>.</summary>
    public WordTokenizer(TextReader input) : base(input)
    {
        term = AddAttribute<ICharTermAttribute>();
        offset = AddAttribute<IOffsetAttribute>();
        type = AddAttribute<ITypeAttribute>();
    }

    /// <inheritdoc />
    public override bool IncrementToken()
    {
        ClearAttributes();
        if (!NextWord(text, ref position, out var start, out var end, out var hyphenated))
        {
            return false;
        }
        var buffer = term.ResizeBuffer(end - start);
        LowerCased(text, start, end, buffer);
        term.Length = end - start;
        offset.SetOffset(CorrectOffset(start), CorrectOffset(end));
        type.Type = hyphenated ? TokenSources.Hyphenated : TokenSources.Word;
        return true;
    }

    /// <summary>Finds the next word of <paramref name="text"/> from <paramref name="position"/> on, and moves past it:
    /// false when there is none. The word is text[<paramref name="start"/>..<paramref name="end"/>] (at most
    /// 255 letters kept); <paramref name="hyphenated"/> when a hyphen follows it before a space, a comma or the end.
    /// The tokenizer's rule, shared with a paragraph's analysis read at once (<see cref="ParagraphTokenStreams"/>).</summary>
    internal static bool NextWord(string text, ref int position, out int start, out int end, out bool hyphenated)
    {
        while (position < text.Length && !char.IsLetterOrDigit(text[position]))
        {
            position++;
        }
        start = position;
        if (position >= text.Length)
        {
            end = position;
            hyphenated = false;
            return false;
        }
        while (position < text.Length && (char.IsLetterOrDigit(text[position]) || IsInnerNumberMark(text, position)))
        {
            position++;
        }
        end = Math.Min(position, start + MaxWordLength);
        hyphenated = IsHyphenated(text, position);
        return true;
    }

    /// <summary>Writes text[<paramref name="start"/>..<paramref name="end"/>] lower-cased into <paramref name="destination"/>.</summary>
    internal static void LowerCased(string text, int start, int end, Span<char> destination)
    {
        for (var i = start; i < end; i++)
        {
            destination[i - start] = LowerCase.Of(text[i]);
        }
    }

    /// <inheritdoc />
    public override void Reset()
    {
        base.Reset();
        // Lucene's reader of a string field answers null, not "", for an empty value.
        text = m_input.ReadToEnd() ?? "";
        position = 0;
    }

    /// <inheritdoc />
    public override void End()
    {
        base.End();
        var final = CorrectOffset(text.Length);
        offset.SetOffset(final, final);
    }

    private static bool IsInnerNumberMark(string text, int i) =>
        text[i] is ',' or '.' or ':' && i > 0 && char.IsDigit(text[i - 1]) && i + 1 < text.Length && char.IsDigit(text[i + 1]);

    private static bool IsHyphenated(string text, int end) =>
        end < text.Length && text[end] == '-' && (end + 1 == text.Length || char.IsWhiteSpace(text[end + 1]) || text[end + 1] == ',');
}
