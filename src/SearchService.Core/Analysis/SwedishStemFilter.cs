using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace SearchService.Core.Analysis;

/// <summary>Replaces each term by its <see cref="SwedishStem"/>.</summary>
public sealed class SwedishStemFilter : TokenFilter
{
    // Text repeats its words: each is stemmed once per token stream (Snowball and the
    // normalisation allocate several strings per call), then found by its characters.
    private const int CacheLimit = 200_000;
    private const int CachedWordLength = 40;

    private readonly SwedishStem stem = new();
    private readonly Dictionary<string, string> cache = new(StringComparer.Ordinal);
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
        var word = term.Buffer.AsSpan(0, term.Length);
        if (!cache.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out var stemmed))
        {
            var written = word.ToString();
            stemmed = stem.Of(written);
            // A word longer than any Swedish one is made up (a query may send any): it is not kept.
            if (written.Length <= CachedWordLength)
            {
                if (cache.Count >= CacheLimit)
                {
                    cache.Clear();
                }
                cache[written] = stemmed;
            }
        }
        term.SetEmpty().Append(stemmed);
        return true;
    }
}
