using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace SearchService.Core.Analysis;

/// <summary>
/// Completes Swedish hyphen ellipses (samordningsförkortning): in "vårdplats- och personalbristen",
/// "hälso- och sjukvården" or "kvälls-, natt- och helgöppet" each hyphenated word borrows the last
/// part of the final compound, giving "vårdplatsbristen", "hälsovården", "kvällsöppet" and
/// "nattöppet". The implied word is added at the hyphenated word's position, typed
/// <see cref="TokenSources.Ellipsis"/>, with the visible fragment's offsets. Joined by och, eller,
/// samt, respektive or resp.
/// </summary>
internal sealed class HyphenEllipsisFilter : TokenFilter
{
    private static readonly HashSet<string> Conjunctions = new(StringComparer.Ordinal) { "och", "eller", "samt", "respektive", "resp" };

    private readonly Decompounder decompounder;
    private readonly ICharTermAttribute term;
    private readonly IOffsetAttribute offset;
    private readonly IPositionIncrementAttribute increment;
    private readonly ITypeAttribute type;
    private readonly Queue<Token> pending = new();
    private readonly List<Token> fragments = [];
    private readonly List<Token> read = [];

    /// <summary>Completes ellipses in <paramref name="input"/> (lower-case terms, typed by <see cref="WordTokenizer"/>).</summary>
    public HyphenEllipsisFilter(TokenStream input, Decompounder decompounder) : base(input)
    {
        this.decompounder = decompounder;
        term = AddAttribute<ICharTermAttribute>();
        offset = AddAttribute<IOffsetAttribute>();
        increment = AddAttribute<IPositionIncrementAttribute>();
        type = AddAttribute<ITypeAttribute>();
    }

    /// <inheritdoc />
    public override bool IncrementToken()
    {
        if (pending.TryDequeue(out var token))
        {
            Restore(token);
            return true;
        }
        if (!m_input.IncrementToken())
        {
            return false;
        }
        if (type.Type != TokenSources.Hyphenated)
        {
            return true;
        }
        ReadEllipsis();
        Restore(pending.Dequeue());
        return true;
    }

    /// <inheritdoc />
    public override void Reset()
    {
        base.Reset();
        pending.Clear();
    }

    // A token read ahead. Lucene's captured states clone every attribute of the chain, and were most of what
    // completing ellipses cost while indexing: the tokenizer sets only these four.
    private readonly record struct Token(string Term, int Start, int End, string Type, int Increment);

    private Token Current() => new(term.ToString(), offset.StartOffset, offset.EndOffset, type.Type, increment.PositionIncrement);

    // As the tokenizer makes a token: every other attribute at its default.
    private void Restore(Token token)
    {
        ClearAttributes();
        term.SetEmpty().Append(token.Term);
        offset.SetOffset(token.Start, token.End);
        type.Type = token.Type;
        increment.PositionIncrement = token.Increment;
    }

    // Reads "a-, b- och c" from the current hyphenated word on and queues every token read, with the
    // implied words after their fragments when the run ends in a conjunction and a compound.
    private void ReadEllipsis()
    {
        fragments.Clear();
        read.Clear();
        fragments.Add(Current());
        var more = m_input.IncrementToken();
        while (more && type.Type == TokenSources.Hyphenated)
        {
            fragments.Add(Current());
            more = m_input.IncrementToken();
        }
        IReadOnlyList<string> endings = [];
        if (more && Conjunctions.Contains(term.ToString()))
        {
            read.Add(Current());
            more = m_input.IncrementToken();
            if (more)
            {
                if (type.Type == TokenSources.Word)
                {
                    endings = decompounder.SharedEndings(term.ToString());
                }
                read.Add(Current());
            }
        }
        else if (more)
        {
            read.Add(Current());
        }
        foreach (var fragment in fragments)
        {
            pending.Enqueue(fragment);
            foreach (var ending in endings)
            {
                pending.Enqueue(new Token(fragment.Term + ending, fragment.Start, fragment.End, TokenSources.Ellipsis, 0));
            }
        }
        foreach (var token in read)
        {
            pending.Enqueue(token);
        }
        ClearAttributes();
    }
}
