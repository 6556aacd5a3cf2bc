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
        while (position < text.Length && !char.IsLetterOrDigit(text[position]))
        {
            position++;
        }
        if (position >= text.Length)
        {
            return false;
        }
        var start = position;
        while (position < text.Length && (char.IsLetterOrDigit(text[position]) || IsInnerNumberMark(position)))
        {
            position++;
        }
        var end = Math.Min(position, start + MaxWordLength);
        var buffer = term.ResizeBuffer(end - start);
        for (var i = start; i < end; i++)
        {
            buffer[i - start] = LowerCase.Of(text[i]);
        }
        term.Length = end - start;
        offset.SetOffset(CorrectOffset(start), CorrectOffset(end));
        type.Type = IsHyphenated(position) ? TokenSources.Hyphenated : TokenSources.Word;
        return true;
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

    private bool IsInnerNumberMark(int i) =>
        text[i] is ',' or '.' or ':' && i > 0 && char.IsDigit(text[i - 1]) && i + 1 < text.Length && char.IsDigit(text[i + 1]);

    private bool IsHyphenated(int end) =>
        end < text.Length && text[end] == '-' && (end + 1 == text.Length || char.IsWhiteSpace(text[end + 1]) || text[end + 1] == ',');
}
