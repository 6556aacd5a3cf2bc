using Lucene.Net.Analysis;

namespace SearchService.Core.Analysis;

/// <summary>
/// Completes Swedish hyphen ellipses (samordningsförkortning): in "vårdplats- och personalbristen",
/// "hälso- och sjukvården" or "kvälls-, natt- och helgöppet" each hyphenated word borrows the last
/// part of the final compound, giving "vårdplatsbristen", "hälsovården", "kvällsöppet" and
/// "nattöppet". The implied word is added at the hyphenated word's position, typed
/// <see cref="TokenSources.Ellipsis"/>, with the visible fragment's offsets. Joined by och, eller,
/// samt, respektive or resp. The rule is <see cref="HyphenEllipses"/>; this filter runs it over its input's words.
/// </summary>
internal sealed class HyphenEllipsisFilter : TokenFilter
{
    private readonly Decompounder decompounder;
    private readonly WordAttributes word;
    private readonly RecordedWords read = new();
    private readonly List<HyphenEllipses.Step> steps = [];
    private int next = -1;

    /// <summary>Completes ellipses in <paramref name="input"/> (lower-case terms, typed by <see cref="WordTokenizer"/>).</summary>
    public HyphenEllipsisFilter(TokenStream input, Decompounder decompounder) : base(input)
    {
        this.decompounder = decompounder;
        word = new WordAttributes(this);
    }

    /// <inheritdoc />
    public override bool IncrementToken()
    {
        if (next < 0)
        {
            // Words pass as they are until the first hyphenated one. From there on the words are read ahead (an
            // ellipsis is known only at its conjunction and last word), completed, and replayed. Lucene's captured
            // states clone every attribute of the chain: the tokenizer sets only these four.
            if (!m_input.IncrementToken())
            {
                return false;
            }
            if (word.Type.Type != TokenSources.Hyphenated)
            {
                return true;
            }
            do
            {
                word.Term.Buffer.AsSpan(0, word.Term.Length).CopyTo(
                    read.Add(word.Term.Length, word.Offset.StartOffset, word.Offset.EndOffset, word.Type.Type, word.Increment.PositionIncrement));
            }
            while (m_input.IncrementToken());
            HyphenEllipses.Complete(read, decompounder, steps);
            next = 0;
        }
        if (next == steps.Count)
        {
            return false;
        }
        var token = read.Token(steps[next++]);
        ClearAttributes();
        word.Term.CopyBuffer(read.Chars, token.CharStart, token.Length);
        word.Offset.SetOffset(token.Start, token.End);
        word.Type.Type = token.Type;
        word.Increment.PositionIncrement = token.Increment;
        return true;
    }

    /// <inheritdoc />
    public override void Reset()
    {
        base.Reset();
        read.Clear();
        steps.Clear();
        next = -1;
    }
}

/// <summary>
/// The rule that completes hyphen ellipses (see <see cref="HyphenEllipsisFilter"/>), over a text's words as the
/// tokenizer makes them: which words stand where, and which implied words follow their fragments. Run by the
/// analyzer's filter and by a paragraph's analysis read at once (<see cref="ParagraphTokenStreams"/>).
/// </summary>
internal static class HyphenEllipses
{
    private static readonly HashSet<string> Conjunctions = new(StringComparer.Ordinal) { "och", "eller", "samt", "respektive", "resp" };

    /// <summary>A text's words by index: their source (<see cref="TokenSources"/>) and lower-case term.</summary>
    public interface IWords
    {
        int Count { get; }

        string TypeAt(int index);

        ReadOnlySpan<char> TermAt(int index);
    }

    /// <summary>A word of the completed text: word <see cref="Source"/> itself, or with <see cref="Ending"/> the word
    /// its fragment implies.</summary>
    public readonly record struct Step(int Source, string? Ending);

    /// <summary>The completed text of <paramref name="words"/>, in <paramref name="steps"/> (emptied first): every
    /// word in order, each hyphenated fragment of an ellipsis followed by the words it implies.</summary>
    public static void Complete<TWords>(TWords words, Decompounder decompounder, List<Step> steps)
        where TWords : HyphenEllipses.IWords
    {
        steps.Clear();
        var count = words.Count;
        var at = 0;
        while (at < count)
        {
            if (words.TypeAt(at) != TokenSources.Hyphenated)
            {
                steps.Add(new Step(at++, null));
                continue;
            }
            // "a-, b- och c": the fragments, then a conjunction and the word whose ending they share. What follows
            // the run is taken as it is, a hyphenated word too.
            var afterFragments = at;
            while (afterFragments < count && words.TypeAt(afterFragments) == TokenSources.Hyphenated)
            {
                afterFragments++;
            }
            IReadOnlyList<string> endings = [];
            var taken = afterFragments < count ? 1 : 0;
            if (taken == 1 && IsConjunction(words.TermAt(afterFragments)) && afterFragments + 1 < count)
            {
                taken = 2;
                if (words.TypeAt(afterFragments + 1) == TokenSources.Word)
                {
                    endings = decompounder.SharedEndings(words.TermAt(afterFragments + 1).ToString());
                }
            }
            for (; at < afterFragments; at++)
            {
                steps.Add(new Step(at, null));
                foreach (var ending in endings)
                {
                    steps.Add(new Step(at, ending));
                }
            }
            for (; at < afterFragments + taken; at++)
            {
                steps.Add(new Step(at, null));
            }
        }
    }

    private static bool IsConjunction(ReadOnlySpan<char> word) => Conjunctions.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
}
