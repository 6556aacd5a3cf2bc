using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace SearchService.Core.Analysis;

/// <summary>Replaces each term by its <see cref="SwedishStem"/>.</summary>
public sealed class SwedishStemFilter : TokenFilter
{
    private readonly SwedishStem stem = new();
    private readonly ICharTermAttribute term;

    /// <summary>Stems the terms of <paramref name="input"/>.</summary>
    public SwedishStemFilter(TokenStream input) : base(input) => term = AddAttribute<ICharTermAttribute>();

    /// <inheritdoc />
    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }
        var stemmed = stem.Of(term.ToString());
        term.SetEmpty().Append(stemmed);
        return true;
    }
}
