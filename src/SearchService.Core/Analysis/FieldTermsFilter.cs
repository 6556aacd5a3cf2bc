using Lucene.Net.Analysis;

namespace SearchService.Core.Analysis;

/// <summary>A text field's terms (<see cref="FieldTerms"/>) of the words its input gives, as the end of an
/// analyzer chain: what queries, the analysis endpoint and the section and title fields read.</summary>
internal sealed class FieldTermsFilter : TokenFilter
{
    private readonly FieldTerms fieldTerms;
    private readonly WordAttributes word;
    private readonly List<FieldTerms.Term> pending = [];
    private int next;

    /// <summary>The terms <paramref name="fieldTerms"/> makes of the words of <paramref name="input"/>.</summary>
    public FieldTermsFilter(TokenStream input, FieldTerms fieldTerms) : base(input)
    {
        this.fieldTerms = fieldTerms;
        word = new WordAttributes(this);
    }

    /// <inheritdoc />
    public override bool IncrementToken()
    {
        while (next == pending.Count)
        {
            pending.Clear();
            next = 0;
            if (!m_input.IncrementToken())
            {
                return false;
            }
            fieldTerms.Add(word.Term.Buffer, 0, word.Term.Length, word.Offset.StartOffset, word.Offset.EndOffset, word.Type.Type,
                word.Increment.PositionIncrement, pending);
        }
        // A word kept as written is still the input's term: the field's terms of a word are made as it is read.
        word.Set(pending[next++], written: null);
        return true;
    }

    /// <inheritdoc />
    public override void Reset()
    {
        base.Reset();
        fieldTerms.Reset();
        pending.Clear();
        next = 0;
    }

    /// <inheritdoc />
    public override void End()
    {
        base.End();
        word.Increment.PositionIncrement += fieldTerms.TrailingGap;
    }
}
