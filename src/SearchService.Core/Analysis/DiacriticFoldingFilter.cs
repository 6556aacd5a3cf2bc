using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace SearchService.Core.Analysis;

/// <summary>Folds the letters people leave out on foreign keyboards: å, ä and æ to a; ö and ø to o;
/// é and è to e; ü to u. Runs before stemming so that "vardplatser" and "vårdplatser" stem alike.</summary>
public sealed class DiacriticFoldingFilter : TokenFilter
{
    private readonly ICharTermAttribute term;

    /// <summary>Folds the terms of <paramref name="input"/>.</summary>
    public DiacriticFoldingFilter(TokenStream input) : base(input) => term = AddAttribute<ICharTermAttribute>();

    /// <summary>The folded form of a lower-case word.</summary>
    public static string Fold(string word) => string.Create(word.Length, word, (span, source) =>
    {
        for (var i = 0; i < source.Length; i++)
        {
            span[i] = Fold(source[i]);
        }
    });

    /// <inheritdoc />
    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }
        var buffer = term.Buffer;
        for (var i = 0; i < term.Length; i++)
        {
            buffer[i] = Fold(buffer[i]);
        }
        return true;
    }

    private static char Fold(char c) => c switch
    {
        'å' or 'ä' or 'æ' or 'à' or 'á' or 'â' => 'a',
        'ö' or 'ø' or 'ó' or 'ô' => 'o',
        'é' or 'è' or 'ê' => 'e',
        'ü' => 'u',
        _ => c,
    };
}
