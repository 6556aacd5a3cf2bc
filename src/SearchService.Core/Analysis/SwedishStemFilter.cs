using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace SearchService.Core.Analysis;

/// <summary>Replaces each term by its <see cref="SwedishLemmatizer"/> term (base form, or rule stem
/// for words the lexicon does not know).</summary>
internal sealed class SwedishStemFilter : TokenFilter
{
    private readonly SwedishLemmatizer lemmatizer;
    private readonly ICharTermAttribute term;

    /// <summary>Replaces the terms of <paramref name="input"/> by their base forms.</summary>
    public SwedishStemFilter(TokenStream input, SwedishLemmatizer lemmatizer) : base(input)
    {
        this.lemmatizer = lemmatizer;
        term = AddAttribute<ICharTermAttribute>();
    }

    /// <inheritdoc />
    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }
        var lemma = lemmatizer.Term(term.Buffer.AsSpan(0, term.Length));
        term.SetEmpty().Append(lemma);
        return true;
    }
}
