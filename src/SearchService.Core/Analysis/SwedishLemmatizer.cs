using SearchService.Core.Analysis.Lexicon;

namespace SearchService.Core.Analysis;

/// <summary>
/// The term a Swedish word is indexed and searched by: its base form, so every inflection meets it
/// ("skolan", "skolor" → "skola"; "tågtunnlar" → "tågtunnel"; "gick" → "gå"). A word the dictionary
/// knows gets its entry; a compound it does not list gets its first parts as written and the base
/// form of its last ("vårdplatserna" → "vårdplats"); any other word falls back to the rule stemmer
/// (<see cref="SwedishStem"/>), which lets the forms of unknown words meet each other. Not
/// thread-safe (it caches): one instance per thread.
/// </summary>
internal sealed class SwedishLemmatizer(Decompounder decompounder)
{
    private readonly SwedishStem stem = new();
    // Text repeats its words: each is analysed once per token stream, then found by its characters.
    private readonly WordCache<string> cache = new();

    /// <summary>A lemmatiser over the shipped lexicon.</summary>
    public SwedishLemmatizer() : this(new Decompounder(SwedishLexicon.Default))
    {
    }

    /// <summary>The term of the lower-case <paramref name="word"/>.</summary>
    public string Term(ReadOnlySpan<char> word)
    {
        if (cache.TryGetValue(word, out var known))
        {
            return known;
        }
        var written = word.ToString();
        var term = Lemma(written) ?? stem.Of(written);
        cache.Remember(written, term);
        return term;
    }

    /// <summary>The term of a compound part's base form: as <see cref="Term"/>, except for a strong verb's form that is
    /// also a noun, which as a part is the noun ("såg" of "sågverk" is the saw, while "såg" alone is the past of "se").</summary>
    public string PartTerm(string partLemma) =>
        decompounder.Lexicon.IsVerbFormOfNoun(partLemma) ? decompounder.Lexicon.PartLemma(partLemma) ?? stem.Of(partLemma) : Term(partLemma);

    /// <summary>The base form of <paramref name="word"/> from the lexicon, directly or through its last
    /// compound part; null when the lexicon does not know it.</summary>
    public string? Lemma(string word)
    {
        if (decompounder.Lexicon.Lemma(word) is { } lemma)
        {
            return lemma;
        }
        var parts = decompounder.OutermostSplit(word);
        return parts.Count == 0 ? null : string.Concat(word.AsSpan(0, parts[^1].Start), parts[^1].Lemma);
    }
}
