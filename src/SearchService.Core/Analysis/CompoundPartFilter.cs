using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace SearchService.Core.Analysis;

/// <summary>
/// Adds the parts of compound words and every run of adjacent parts (<see cref="Decompounder.Components"/>),
/// as base forms ("plats" for "platserna", "arbete" for "arbets"), as tokens at the compound's position, typed
/// <see cref="TokenSources.Compound"/>, with offsets covering just the part ("plats" in
/// "vårdplatsbrist"), so highlighting can mark the part. With <c>partsOnly</c> the words themselves
/// are left out, for a field that holds nothing but parts and so ranks below a whole-word match.
/// </summary>
internal sealed class CompoundPartFilter : TokenFilter
{
    private readonly Decompounder decompounder;
    private readonly bool partsOnly;
    private readonly ICharTermAttribute term;
    private readonly IOffsetAttribute offset;
    private readonly IPositionIncrementAttribute increment;
    private readonly ITypeAttribute type;
    private readonly Queue<(string Term, int Start, int End)> pending = new();
    private int skippedIncrement;

    /// <summary>Adds compound parts to <paramref name="input"/>.</summary>
    public CompoundPartFilter(TokenStream input, Decompounder decompounder, bool partsOnly) : base(input)
    {
        this.decompounder = decompounder;
        this.partsOnly = partsOnly;
        term = AddAttribute<ICharTermAttribute>();
        offset = AddAttribute<IOffsetAttribute>();
        increment = AddAttribute<IPositionIncrementAttribute>();
        type = AddAttribute<ITypeAttribute>();
    }

    /// <inheritdoc />
    public override bool IncrementToken()
    {
        while (true)
        {
            if (pending.TryDequeue(out var part))
            {
                var first = skippedIncrement;
                skippedIncrement = 0;
                term.SetEmpty().Append(part.Term);
                offset.SetOffset(part.Start, part.End);
                increment.PositionIncrement = first;
                type.Type = TokenSources.Compound;
                return true;
            }
            if (!m_input.IncrementToken())
            {
                return false;
            }
            QueueParts(term.Buffer.AsSpan(0, term.Length));
            if (!partsOnly)
            {
                return true;
            }
            skippedIncrement += increment.PositionIncrement;
        }
    }

    /// <inheritdoc />
    public override void Reset()
    {
        base.Reset();
        pending.Clear();
        skippedIncrement = 0;
    }

    private void QueueParts(ReadOnlySpan<char> word)
    {
        var start = offset.StartOffset;
        var end = offset.EndOffset;
        // A word implied by an ellipsis is not in the text: its parts point at the visible fragment.
        var visible = type.Type != TokenSources.Ellipsis && end - start == word.Length;
        // By index: a foreach over the interface boxed an enumerator for every token.
        var components = decompounder.Components(word);
        for (var i = 0; i < components.Count; i++)
        {
            var part = components[i];
            var partStart = visible ? start + part.Start : start;
            var partEnd = visible ? partStart + part.Length : end;
            pending.Enqueue((part.Lemma, partStart, partEnd));
        }
    }
}
