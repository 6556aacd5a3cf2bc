using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace SearchService.Core.Analysis;

/// <summary>The four attributes of a token the analysis sets (term, offsets, source type, position increment; every
/// other stays at its default), added to one token stream.</summary>
internal sealed class WordAttributes(AttributeSource stream)
{
    public ICharTermAttribute Term { get; } = stream.AddAttribute<ICharTermAttribute>();

    public IOffsetAttribute Offset { get; } = stream.AddAttribute<IOffsetAttribute>();

    public ITypeAttribute Type { get; } = stream.AddAttribute<ITypeAttribute>();

    public IPositionIncrementAttribute Increment { get; } = stream.AddAttribute<IPositionIncrementAttribute>();

    /// <summary>Sets the token to a field's <paramref name="kept"/> term. One kept as written takes its letters from
    /// <paramref name="written"/> (the buffer it was given in), or, without one, stays the term already set.</summary>
    public void Set(FieldTerms.Term kept, char[]? written)
    {
        if (kept.Text is { } text)
        {
            Term.SetEmpty().Append(text);
        }
        else if (written is not null)
        {
            Term.CopyBuffer(written, kept.Word, kept.End - kept.Start);
        }
        Offset.SetOffset(kept.Start, kept.End);
        Type.Type = kept.Type;
        Increment.PositionIncrement = kept.Increment;
    }
}
