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
    private readonly IPositionIncrementAttribute increment;
    private readonly ITypeAttribute type;
    private readonly Queue<State> pending = new();

    /// <summary>Completes ellipses in <paramref name="input"/> (lower-case terms, typed by <see cref="WordTokenizer"/>).</summary>
    public HyphenEllipsisFilter(TokenStream input, Decompounder decompounder) : base(input)
    {
        this.decompounder = decompounder;
        term = AddAttribute<ICharTermAttribute>();
        increment = AddAttribute<IPositionIncrementAttribute>();
        type = AddAttribute<ITypeAttribute>();
    }

    /// <inheritdoc />
    public override bool IncrementToken()
    {
        if (pending.TryDequeue(out var state))
        {
            RestoreState(state);
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
        RestoreState(pending.Dequeue());
        return true;
    }

    /// <inheritdoc />
    public override void Reset()
    {
        base.Reset();
        pending.Clear();
    }

    // Reads "a-, b- och c" from the current hyphenated word on and queues every token read, with the
    // implied words after their fragments when the run ends in a conjunction and a compound.
    private void ReadEllipsis()
    {
        var fragments = new List<State> { CaptureState() };
        var read = new List<State>();
        var more = m_input.IncrementToken();
        while (more && type.Type == TokenSources.Hyphenated)
        {
            fragments.Add(CaptureState());
            more = m_input.IncrementToken();
        }
        if (more && Conjunctions.Contains(term.ToString()))
        {
            read.Add(CaptureState());
            more = m_input.IncrementToken();
            if (more)
            {
                var endings = type.Type == TokenSources.Word ? decompounder.SharedEndings(term.ToString()) : [];
                read.Add(CaptureState());
                if (endings.Count > 0)
                {
                    fragments = Expand(fragments, endings);
                }
            }
        }
        else if (more)
        {
            read.Add(CaptureState());
        }
        foreach (var s in fragments.Concat(read))
        {
            pending.Enqueue(s);
        }
        ClearAttributes();
    }

    private List<State> Expand(List<State> fragments, IReadOnlyList<string> endings)
    {
        var expanded = new List<State>(fragments.Count * (endings.Count + 1));
        foreach (var fragment in fragments)
        {
            expanded.Add(fragment);
            RestoreState(fragment);
            var visible = term.ToString();
            foreach (var ending in endings)
            {
                RestoreState(fragment);
                term.SetEmpty().Append(visible).Append(ending);
                increment.PositionIncrement = 0;
                type.Type = TokenSources.Ellipsis;
                expanded.Add(CaptureState());
            }
        }
        return expanded;
    }
}
