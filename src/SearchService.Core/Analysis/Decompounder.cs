namespace SearchService.Core.Analysis;

/// <summary>A part of a compound word: where it starts in the word and how long it is (without a
/// linking letter).</summary>
public readonly record struct CompoundPart(int Start, int Length);

/// <summary>
/// Splits a Swedish compound into lexicon words, allowing a linking letter (s, e, a, u, o) after any
/// part but the last ("sjukskrivning-s-tal"). The split with the fewest parts wins, then the one with
/// fewer linking letters, then the one with the longer first part. Every part but the last must be a
/// lexicon word as written, or of at least <see cref="MinimumStemmedPartLength"/> letters with the stem
/// of a lexicon word ("vårdplats", from "vårdplatser"); the last may be inflected ("bristen" by its
/// stem "brist"). Parts shorter
/// than <see cref="MinimumPartLength"/> and derivational endings ("het", "ning") are never parts,
/// which keeps "verksamhet" whole. A split part is split again, so "vårdplatsbrist" yields
/// "vårdplats", "vård", "plats" and "brist".
/// </summary>
public sealed class Decompounder(CompoundLexicon lexicon)
{
    /// <summary>Shortest part.</summary>
    public const int MinimumPartLength = 3;

    /// <summary>Shortest word that is looked at.</summary>
    public const int MinimumWordLength = 6;

    /// <summary>Shortest non-final part accepted by its stem alone.</summary>
    public const int MinimumStemmedPartLength = 5;

    private const string LinkingLetters = "seauo";

    // Large enough for the working vocabulary of a corpus of millions of paragraphs; when full it
    // starts over, which costs one re-split per word.
    private const int CacheLimit = 200_000;
    private const int CachedWordLength = 40;

    // Endings that make new words rather than join two: splitting at them gives nonsense parts.
    private static readonly HashSet<string> Suffixes = new(StringComparer.Ordinal)
    {
        "het", "heten", "heter", "ning", "ningen", "ningar", "lig", "liga", "ligt", "skap", "skapet", "dom", "domen",
        "ism", "ist", "ande", "ende", "are", "else", "sam", "samt", "bar", "tion", "ion", "era", "erar", "isk", "iska", "iskt",
        "ens", "ans", "ers", "ors", "lek", "ast", "igt", "iga", "ade", "arna", "erna", "orna", "ing", "inga", "ings", "ingen", "ingar",
        "ingarna", "ingens", "skaps", "ner",
    };

    private readonly SwedishStem stem = new();

    // Text repeats its words; splitting is the costly step of indexing, so each word is split once.
    private readonly Dictionary<string, IReadOnlyList<CompoundPart>> cache = new(StringComparer.Ordinal);

    /// <summary>The parts of <paramref name="word"/> (lower case), outermost split first; empty when it is not a compound.</summary>
    public IReadOnlyList<CompoundPart> Split(string word) => Split(word.AsSpan());

    /// <summary>The parts of <paramref name="word"/> (lower case), outermost split first; empty when it
    /// is not a compound. Allocates nothing for a word seen before (analysis calls this for every token).</summary>
    public IReadOnlyList<CompoundPart> Split(ReadOnlySpan<char> word)
    {
        if (word.Length < MinimumWordLength)
        {
            return [];
        }
        if (cache.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out var known))
        {
            return known;
        }
        var parts = new List<CompoundPart>();
        var text = word.ToString();
        Split(text, 0, text.Length, parts);
        // A word longer than any Swedish one is made up (a query may send any): it is not kept.
        if (text.Length > CachedWordLength)
        {
            return parts;
        }
        if (cache.Count >= CacheLimit)
        {
            cache.Clear();
        }
        cache[text] = parts;
        return parts;
    }

    /// <summary>The top-level parts of <paramref name="word"/> ("vårdplats", "brist"), without their own parts; empty when it is not a compound.</summary>
    public IReadOnlyList<CompoundPart> OutermostSplit(string word) => BestSplit(word, 0, word.Length) ?? [];

    /// <summary>
    /// What the first half of a hyphen ellipsis may share with <paramref name="word"/>: its last part
    /// ("bristen" of "personalbristen"), and when the first part is itself a compound, everything after
    /// that part's first part ("vårdslagen" of "sjukvårdslagen", for "hälso- och sjukvårdslagen").
    /// The hyphen already says the word is a compound, so when its first part is not in the lexicon
    /// ("kemikalieproduktion") the longest ending that is a lexicon word serves ("produktion").
    /// Empty when no ending is a lexicon word.
    /// </summary>
    public IReadOnlyList<string> SharedEndings(string word)
    {
        if (BestSplit(word, 0, word.Length) is not { } split)
        {
            return LongestKnownEnding(word) is { } ending ? [ending] : [];
        }
        var endings = new List<string> { word[split[^1].Start..] };
        if (BestSplit(word, 0, split[0].Length) is { } inner)
        {
            endings.Add(word[inner[1].Start..]);
        }
        return endings;
    }

    private string? LongestKnownEnding(string word)
    {
        for (var start = MinimumPartLength; start <= word.Length - MinimumStemmedPartLength + 1; start++)
        {
            var ending = word[start..];
            if (ending.Length >= MinimumStemmedPartLength - 1 && IsLastPart(ending))
            {
                return ending;
            }
        }
        return null;
    }

    private void Split(string word, int start, int end, List<CompoundPart> parts)
    {
        if (BestSplit(word, start, end) is not { } split)
        {
            return;
        }
        foreach (var part in split)
        {
            parts.Add(part);
            // The last part may carry an inflection, so its sub-parts are only looked for in non-final parts.
            if (part.Start + part.Length < end)
            {
                Split(word, part.Start, part.Start + part.Length, parts);
            }
        }
    }

    private List<CompoundPart>? BestSplit(string word, int start, int end)
    {
        if (end - start < MinimumWordLength)
        {
            return null;
        }
        var memo = new Dictionary<int, (int Cost, List<CompoundPart>? Parts)>();
        var best = Cover(word, start, end, start, memo);
        return best.Parts is { Count: >= 2 } parts ? parts : null;
    }

    // Cheapest cover of word[from..end]: cost is 100 per part plus 1 per linking letter.
    private (int Cost, List<CompoundPart>? Parts) Cover(string word, int wordStart, int end, int from, Dictionary<int, (int, List<CompoundPart>?)> memo)
    {
        if (memo.TryGetValue(from, out var known))
        {
            return known;
        }
        (int Cost, List<CompoundPart>? Parts) best = (int.MaxValue, null);
        if (from > wordStart && IsLastPart(word.Substring(from, end - from)))
        {
            best = (100, [new CompoundPart(from, end - from)]);
        }
        for (var partEnd = end - MinimumPartLength; partEnd >= from + MinimumPartLength; partEnd--)
        {
            var part = word.AsSpan(from, partEnd - from);
            if (!IsPart(part))
            {
                continue;
            }
            Consider(ref best, word, wordStart, end, from, partEnd, partEnd, 0, memo);
            if (partEnd < end && LinkingLetters.Contains(word[partEnd], StringComparison.Ordinal))
            {
                Consider(ref best, word, wordStart, end, from, partEnd, partEnd + 1, 1, memo);
            }
        }
        memo[from] = best;
        return best;
    }

    private void Consider(ref (int Cost, List<CompoundPart>? Parts) best, string word, int wordStart, int end, int from, int partEnd, int next, int link, Dictionary<int, (int, List<CompoundPart>?)> memo)
    {
        if (end - next < MinimumPartLength)
        {
            return;
        }
        var rest = Cover(word, wordStart, end, next, memo);
        if (rest.Parts is null)
        {
            return;
        }
        var cost = 100 + link + rest.Cost;
        if (cost < best.Cost)
        {
            best = (cost, [new CompoundPart(from, partEnd - from), .. rest.Parts]);
        }
    }

    private bool IsPart(ReadOnlySpan<char> part) =>
        !Suffixes.GetAlternateLookup<ReadOnlySpan<char>>().Contains(part)
        && (lexicon.Contains(part) || (part.Length >= MinimumStemmedPartLength && lexicon.ContainsStem(stem.Of(part.ToString()))));

    private bool IsLastPart(string part) =>
        part.Length >= MinimumPartLength && !Suffixes.Contains(part) && (lexicon.Contains(part) || lexicon.ContainsStem(stem.Of(part)));
}
