namespace SearchService.Core.Analysis;

/// <summary>A word as the tokenizer made it, or a word an ellipsis implies: its letters are
/// <see cref="RecordedWords.Chars"/>[<see cref="CharStart"/>..+<see cref="Length"/>].</summary>
internal readonly record struct RecordedWord(int CharStart, int Length, int Start, int End, string Type, int Increment);

/// <summary>
/// A text's words as the tokenizer made them, their letters in one growing buffer, as the ellipsis rule reads them
/// (<see cref="HyphenEllipses.IWords"/>), and the tokens of the completed text (<see cref="Token"/>). The ellipsis
/// filter reads its input ahead into one; a paragraph's analysis read at once (<see cref="ParagraphTokenStreams"/>)
/// records its words in one.
/// </summary>
internal sealed class RecordedWords : HyphenEllipses.IWords
{
    private readonly List<RecordedWord> words = [];
    private int used;

    /// <summary>The letters of every word and implied word recorded since <see cref="Clear"/>.</summary>
    public char[] Chars { get; private set; } = new char[256];

    /// <inheritdoc />
    public int Count => words.Count;

    /// <summary>Forgets every word, for a new text.</summary>
    public void Clear()
    {
        words.Clear();
        used = 0;
    }

    /// <summary>Records a word of <paramref name="length"/> letters; its letters are to be written into the span
    /// returned, before the next word is recorded.</summary>
    public Span<char> Add(int length, int start, int end, string type, int increment)
    {
        var letters = Reserve(length);
        words.Add(new RecordedWord(used, length, start, end, type, increment));
        used += length;
        return letters;
    }

    /// <summary>The token a word of the completed text stands for: the recorded word itself, or the word its
    /// fragment implies (its letters added to <see cref="Chars"/>), typed <see cref="TokenSources.Ellipsis"/> at the
    /// fragment's position, with the fragment's offsets.</summary>
    public RecordedWord Token(HyphenEllipses.Step step)
    {
        var word = words[step.Source];
        if (step.Ending is not { } ending)
        {
            return word;
        }
        var implied = Reserve(word.Length + ending.Length);
        Chars.AsSpan(word.CharStart, word.Length).CopyTo(implied);
        ending.AsSpan().CopyTo(implied[word.Length..]);
        var token = new RecordedWord(used, word.Length + ending.Length, word.Start, word.End, TokenSources.Ellipsis, 0);
        used += token.Length;
        return token;
    }

    /// <inheritdoc />
    public string TypeAt(int index) => words[index].Type;

    /// <inheritdoc />
    public ReadOnlySpan<char> TermAt(int index) => Chars.AsSpan(words[index].CharStart, words[index].Length);

    // Room for length more letters after the used ones.
    private Span<char> Reserve(int length)
    {
        if (used + length > Chars.Length)
        {
            var larger = Chars;
            Array.Resize(ref larger, Math.Max(Chars.Length * 2, used + length));
            Chars = larger;
        }
        return Chars.AsSpan(used, length);
    }
}
