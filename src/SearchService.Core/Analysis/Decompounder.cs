using SearchService.Core.Analysis.Lexicon;

namespace SearchService.Core.Analysis;

/// <summary>A part of a compound word: where it starts in the word, how long it is as written
/// (a linking letter stays on the part before it: "arbets" in "arbetsmarknad"), and the base form it
/// stands for ("arbete"; "plats" for "platserna").</summary>
public readonly record struct CompoundPart(int Start, int Length, string Lemma);

/// <summary>
/// Splits a Swedish compound by where the lexicon says each form may stand: the first part is a form
/// that may begin a compound (with its linking letters as the dictionary spells them: "arbets",
/// "hälso", "sjukvårds"), inner parts forms that may stand inside one, the last part any inflection
/// of a word that may end one ("platserna"). Of the possible splits the one with the fewest parts
/// wins, then the one with the longest first part; each part is split again the same way, so every
/// boundary is found ("arbetsmarknads" + "utbildning", then "arbets" + "marknads"). Guards against
/// splitting words that are not compounds: parts have at least <see cref="MinimumPartLength"/>
/// letters; a word that begins with a verb particle or preposition stays whole ("utbildning",
/// "undersökning", "omsorg"); a derivational ending is no part ("verksamhet", "kunskap",
/// "arbetslös", nor after a linking s: "landskap"); an inflected word splits only where its last part inflects
/// as it does ("statliga" is no "stat" + "liga"); a noun made of a verb splits only as the verb does
/// ("handling" of "handla" stays whole). A word the dictionary does not know at all whose ending is a known word of at least
/// <see cref="MinimumUnknownHeadTail"/> letters splits there ("coronapandemin" → "corona" + "pandemin").
/// Not thread-safe (it caches): one instance per thread (<see cref="SwedishAnalyzer"/> keeps one per thread).
/// </summary>
public sealed class Decompounder(SwedishLexicon lexicon)
{
    /// <summary>Shortest part.</summary>
    public const int MinimumPartLength = 3;

    /// <summary>Shortest word that is looked at.</summary>
    public const int MinimumWordLength = 6;

    /// <summary>Shortest known ending that splits a word the dictionary does not know.</summary>
    public const int MinimumUnknownHeadTail = 5;

    /// <summary>Longest word whose analysis is cached: a longer one is no Swedish word but made up (a
    /// query may send any), and is analysed without being kept.</summary>
    public const int CachedWordLength = 40;

    private enum Role
    {
        // The word itself or its last part: ends in an inflectable word.
        Final,

        // A first or inner part: ends in a linking form.
        Linking,
    }

    private readonly WordCache<IReadOnlyList<CompoundPart>> cache = new();
    private readonly WordCache<IReadOnlyList<CompoundPart>> componentCache = new();
    private readonly WordCache<IReadOnlyList<CompoundPart>> outerCache = new();

    // Scratch space of the calling thread's analysis (an instance is used by one thread): the leaves of a split,
    // and the best cover found from each position of the word being split (Cover).
    private readonly List<CompoundPart> leafScratch = [];
    private CoverStep[] steps = new CoverStep[64];
    private int[] stepStamps = new int[64];
    private int stamp;

    /// <summary>The lexicon the parts come from.</summary>
    public SwedishLexicon Lexicon => lexicon;

    /// <summary>The parts of <paramref name="word"/> (lower case), outermost split first; empty when it is not a compound.</summary>
    public IReadOnlyList<CompoundPart> Split(string word) => Split(word.AsSpan());

    /// <summary>The parts of <paramref name="word"/> (lower case), outermost split first, each followed
    /// by its own parts; empty when it is not a compound. Allocates nothing for a word seen before.</summary>
    public IReadOnlyList<CompoundPart> Split(ReadOnlySpan<char> word)
    {
        if (word.Length < MinimumWordLength)
        {
            return [];
        }
        if (cache.TryGetValue(word, out var known))
        {
            return known;
        }
        var text = word.ToString();
        var parts = new List<CompoundPart>();
        if (OutermostSplit(text) is { Count: > 0 } outer)
        {
            AddWithInnerParts(text, outer, parts);
        }
        cache.Remember(text, parts);
        return parts;
    }

    /// <summary>
    /// Every run of adjacent smallest parts of <paramref name="word"/> but the whole word, each with its
    /// base form (first parts as written, the last one's base form): for "vårdplatsbristen" the parts
    /// "vård", "plats", "brist", and "vårdplats", "platsbrist". A compound is searchable by any word it
    /// is built from, whichever way its split is nested. Empty when it is not a compound.
    /// </summary>
    public IReadOnlyList<CompoundPart> Components(ReadOnlySpan<char> word)
    {
        if (word.Length < MinimumWordLength)
        {
            return [];
        }
        if (componentCache.TryGetValue(word, out var known))
        {
            return known;
        }
        var parts = Split(word);
        var components = new List<CompoundPart>();
        if (parts.Count > 0)
        {
            var leaves = Leaves(parts);
            for (var first = 0; first < leaves.Count; first++)
            {
                for (var last = first; last < leaves.Count; last++)
                {
                    if (first == 0 && last == leaves.Count - 1)
                    {
                        continue;
                    }
                    var (from, to) = (leaves[first].Start, leaves[last].Start + leaves[last].Length);
                    var lemma = first == last ? leaves[last].Lemma : string.Concat(word[from..leaves[last].Start], leaves[last].Lemma);
                    components.Add(new CompoundPart(from, to - from, lemma));
                }
            }
        }
        componentCache.Remember(word.ToString(), components);
        return components;
    }

    // The smallest parts of a split (none of the others inside them), one per start, in order: the scratch list is
    // refilled by every call (Components, on a new word, was a tenth of what indexing allocated in LINQ iterators).
    private List<CompoundPart> Leaves(IReadOnlyList<CompoundPart> parts)
    {
        var leaves = leafScratch;
        leaves.Clear();
        for (var i = 0; i < parts.Count; i++)
        {
            var p = parts[i];
            var holdsAnother = false;
            for (var j = 0; j < parts.Count && !holdsAnother; j++)
            {
                var q = parts[j];
                holdsAnother = q != p && q.Start >= p.Start && q.Start + q.Length <= p.Start + p.Length;
            }
            if (!holdsAnother && !StartsAt(leaves, p.Start))
            {
                leaves.Add(p);
            }
        }
        leaves.Sort(ByStart);
        return leaves;
    }

    private static readonly Comparison<CompoundPart> ByStart = (a, b) => a.Start.CompareTo(b.Start);

    private static bool StartsAt(List<CompoundPart> parts, int start)
    {
        foreach (var part in parts)
        {
            if (part.Start == start)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The compound as modifier and head, each with its base form: "vårdplatsbrist" is
    /// "vårdplats" + "brist" (whichever way its split is nested), the way it is written out in words
    /// ("brist på vårdplatser"); null when it is not a compound.</summary>
    public (CompoundPart Modifier, CompoundPart Head)? ModifierAndHead(string word)
    {
        var components = Components(word);
        if (components.Count == 0)
        {
            return null;
        }
        var head = components.Where(c => c.Start + c.Length == word.Length).MinBy(c => c.Length);
        var modifier = components.FirstOrDefault(c => c.Start == 0 && c.Length == head.Start);
        return modifier.Lemma is null ? null : (modifier, head);
    }

    /// <summary>The top-level parts of <paramref name="word"/> ("vårdplats", "brist"), without their own parts; empty when it is not a compound.</summary>
    public IReadOnlyList<CompoundPart> OutermostSplit(string word)
    {
        if (word.Length < MinimumWordLength)
        {
            return [];
        }
        if (outerCache.TryGetValue(word, out var known))
        {
            return known;
        }
        var lemma = lexicon.Lemma(word);
        IReadOnlyList<CompoundPart> outer =
            BestSplit(word, 0, word.Length, Role.Final, topLevel: true) is { } split && CoversInflection(word, lemma, split[^1].Start, split[^1].Lemma)
                && SplitsAsItsVerb(lemma) && !EndsInDerivation(word, split[^1]) && !NamesAnAdjectivesDimension(split)
                && !IsPlainName(lemma ?? word, split) ? split
            : lemma is null && UnknownHeadSplit(word) is { } guessed ? guessed
            : [];
        outerCache.Remember(word, outer);
        return outer;
    }

    /// <summary>
    /// What the first half of a hyphen ellipsis may share with <paramref name="word"/>: its last part
    /// ("bristen" of "personalbristen"), and when the first part is itself a compound, everything after
    /// that part's first part ("vårdslagen" of "sjukvårdslagen", for "hälso- och sjukvårdslagen").
    /// The hyphen already says the word is a compound, so when it does not split the longest ending
    /// that may end a compound serves ("produktion" of "kemikalieproduktion"). Empty when none does.
    /// </summary>
    public IReadOnlyList<string> SharedEndings(string word)
    {
        var split = OutermostSplit(word);
        if (split.Count == 0)
        {
            return LongestKnownEnding(word, MinimumPartLength + 1) is var (start, _) ? [word[start..]] : [];
        }
        var endings = new List<string> { word[split[^1].Start..] };
        if (BestSplit(word, 0, split[0].Length, Role.Linking, topLevel: false) is { } inner)
        {
            endings.Add(word[inner[1].Start..]);
        }
        return endings;
    }

    // A word the dictionary knows is split only where its base form is: the inflection belongs to the
    // last part ("kommunerna" is "kommun" + "erna" only by accident of spelling). An inflected word also
    // inflects as its last part does: "statliga" is a form of "statlig", so "stat" + "liga" is an accident of
    // spelling too, as are "myndig" + "heter" (myndighet) and "journal" + "ister" (journalist). The last part
    // agrees when the word's base form ends in the part's base form ("tågtunnlar" → tågtunnel, "tunnlar" →
    // tunnel), or in a word that may end a compound where that part starts (handlägga: "lägga" for "lägger",
    // which the dictionary also reads as the noun "lägger"). A head irregular from its first letters agrees when the
    // base form ends in the head's base form right where the head starts ("anhängiggjorde" → anhängiggöra: "gjorde"
    // → göra). A word that is its own base form does not end in an inflected form of three letters: "heller" (either)
    // is no "hel" + "ler" (of "lera", clay), "bensin" no "ben" + "sin", "partikel" no "parti" + "kel", "timmer" no
    // "tim" + "mer"; a longer ending may be a participle the whole is made of ("fullbokad", "cancerframkallande"), and
    // a short one written as its base form is a word ("miljöbil").
    private bool CoversInflection(ReadOnlySpan<char> word, string? lemma, int lastPartStart, string lastPartLemma)
    {
        if (lemma is null)
        {
            return true;
        }
        var shared = word.CommonPrefixLength(lemma);
        return (lastPartStart <= shared && lemma.Length - lastPartStart >= MinimumPartLength
                && lemma.AsSpan(lastPartStart).SequenceEqual(lastPartLemma))
            || (lastPartStart <= shared - MinimumPartLength
                && (word.SequenceEqual(lemma)
                    ? word.Length - lastPartStart > MinimumPartLength || word[lastPartStart..].SequenceEqual(lastPartLemma)
                    : lemma.AsSpan().EndsWith(lastPartLemma) || IsLastPart(lemma.AsSpan(lastPartStart)) is not null));
    }

    // A last part that with the s before it is a derivational ending: "landskap" is "land" + "skap", not "lands" +
    // "kap" (a cape), likewise "medlemskap", "broderskap", "faderskap".
    private static bool EndsInDerivation(string word, CompoundPart last) =>
        last.Start > 0 && word[last.Start - 1] == 's'
        && CompoundGuards.DerivationalEndings.Contains(string.Concat("s", last.Lemma));

    // A proper name is no compound: "Damberg" is no "dam" + "berg", nor "Björklund", "Stockholm", "Blekinge", "Ringhals";
    // its parts are not what a text about it is about, and a search for "dam" or "lund" should not find it. Three
    // kinds of name do split: one written as a definite common noun, the institution that noun names ("Trafikverket":
    // verket → verk, "Försäkringskassan", "Vänsterpartiet"); a common noun a name begins ("Europaparlamentet",
    // "Stockholmsområdet"); and a name a word narrows ("Västeuropa", "Nordkorea", "Storstockholm"), from five letters:
    // shorter names are mostly people's ("Holm" of "Stockholm", "Inge" of "Blekinge").
    private bool IsPlainName(string baseForm, IReadOnlyList<CompoundPart> split) =>
        baseForm.EndsWith(split[^1].Lemma, StringComparison.Ordinal) && lexicon.IsName(baseForm) && !lexicon.IsName(split[0].Lemma)
        && !(split[^1].Lemma.Length >= NarrowedNameLength && lexicon.IsName(split[^1].Lemma));

    private const int NarrowedNameLength = 5;

    // "-lek" after an adjective makes its noun of measure: "storlek", "tjocklek" (as "kärlek") are no "stor" + "lek"
    // (a big game), so a search for "lek" (play) does not find every "storlek" ("kommunens storlek"); after a noun
    // it is the word: "barnlek", "ordlek".
    private bool NamesAnAdjectivesDimension(IReadOnlyList<CompoundPart> split) =>
        split.Count >= 2 && split[^1].Lemma == "lek" && lexicon.IsAdjective(split[^2].Lemma);

    // Endings that make a noun of a verb, with the verb's ending they replace: "handling" of "handla",
    // "kartläggning" of "kartlägga", "handläggare" of "handlägga", "kombination" of "kombinera". Checked longest first.
    private static readonly (string Noun, string Verb)[] VerbNounEndings = [("ation", "era"), ("ning", "a"), ("ing", "a"), ("are", "a")];

    // A noun made of a verb the dictionary knows is a compound only when that verb is one: "kartläggning" splits
    // as "kartlägga" does, while "handling" (hand + ling), "värdering" (värde + ring), "servering" (serve +
    // ring) and "kombination" (kombi + nation) are words of "handla", "värdera", "servera" and "kombinera",
    // none of which splits.
    private bool SplitsAsItsVerb(string? lemma)
    {
        if (lemma is null)
        {
            return true;
        }
        foreach (var (noun, verbEnding) in VerbNounEndings)
        {
            if (lemma.EndsWith(noun, StringComparison.Ordinal))
            {
                var verb = string.Concat(lemma.AsSpan(0, lemma.Length - noun.Length), verbEnding);
                return lexicon.Lemma(verb) != verb || OutermostSplit(verb).Count > 0;
            }
        }
        return true;
    }

    private void AddWithInnerParts(string word, IReadOnlyList<CompoundPart> split, List<CompoundPart> parts)
    {
        for (var i = 0; i < split.Count; i++)
        {
            var part = split[i];
            parts.Add(part);
            var role = i == split.Count - 1 ? Role.Final : Role.Linking;
            var (from, to) = (part.Start, part.Start + part.Length);
            var form = word.AsSpan(from, to - from);
            if (BestSplit(word, from, to, role, topLevel: false) is { } inner
                && (role == Role.Linking || (lexicon.Lemma(form) is var formLemma && CoversInflection(form, formLemma, inner[^1].Start - from, inner[^1].Lemma)
                    && !EndsInDerivation(word, inner[^1]) && !NamesAnAdjectivesDimension(inner) && !IsPlainName(formLemma ?? form.ToString(), inner))))
            {
                AddWithInnerParts(word, inner, parts);
            }
        }
    }

    private List<CompoundPart>? UnknownHeadSplit(string word)
    {
        if (LongestKnownEnding(word, MinimumUnknownHeadTail) is not var (start, lemma) || !word.AsSpan(0, start).ContainsAny(SwedishLetters.Vowels))
        {
            return null;
        }
        return [new CompoundPart(0, start, word[..start]), new CompoundPart(start, word.Length - start, lemma)];
    }

    // Where the longest ending of at least minimumLength letters that may end a compound starts, and its base form.
    private (int Start, string Lemma)? LongestKnownEnding(string word, int minimumLength)
    {
        for (var start = MinimumPartLength; start <= word.Length - minimumLength; start++)
        {
            if (IsLastPart(word.AsSpan(start)) is { } lemma)
            {
                return (start, lemma);
            }
        }
        return null;
    }

    private List<CompoundPart>? BestSplit(string word, int start, int end, Role role, bool topLevel)
    {
        if (end - start < MinimumWordLength)
        {
            return null;
        }
        if (steps.Length <= word.Length)
        {
            steps = new CoverStep[word.Length + 1];
            stepStamps = new int[word.Length + 1];
        }
        // A new stamp marks every position's step unknown without clearing the arrays.
        if (++stamp == int.MaxValue)
        {
            Array.Clear(stepStamps);
            stamp = 1;
        }
        var parts = Cover(word, start, end, start, role, topLevel);
        if (parts < 2)
        {
            return null;
        }
        var split = new List<CompoundPart>(parts);
        for (var from = start; ;)
        {
            var step = steps[from];
            split.Add(new CompoundPart(from, step.PartEnd - from, step.Lemma!));
            if (step.PartEnd == end)
            {
                return split;
            }
            if (step.ShortLastLemma is { } shortLemma)
            {
                split.Add(new CompoundPart(step.PartEnd, end - step.PartEnd, shortLemma));
                return split;
            }
            from = step.PartEnd;
        }
    }

    // The best cover of word[from..end] from one position: its first part (ending at PartEnd, the word's end when
    // it is the last part) and, when the rest is a short last part rather than a cover of its own, that part's lemma.
    private readonly record struct CoverStep(int Parts, int PartEnd, string? Lemma, string? ShortLastLemma);

    // The number of parts of the fewest-parts cover of word[from..end], the longest first part among equals (0 when
    // none), remembered per position in steps for BestSplit to read the parts back: a list per candidate cover was
    // most of what splitting a new word allocated.
    private int Cover(string word, int wordStart, int end, int from, Role role, bool topLevel)
    {
        if (stepStamps[from] == stamp)
        {
            return steps[from].Parts;
        }
        var best = default(CoverStep);
        if (from > wordStart && LastPart(word.AsSpan(from, end - from), role) is { } lastLemma)
        {
            best = new CoverStep(1, end, lastLemma, null);
        }
        for (var partEnd = end - MinimumPartLength; partEnd >= from + MinimumPartLength; partEnd--)
        {
            var form = word.AsSpan(from, partEnd - from);
            var lemma = from == wordStart ? FirstPart(form, topLevel) : lexicon.MiddleLemma(form);
            if (lemma is null)
            {
                continue;
            }
            if (Cover(word, wordStart, end, partEnd, role, topLevel) is var rest and > 0 && (best.Parts == 0 || rest + 1 < best.Parts))
            {
                best = new CoverStep(rest + 1, partEnd, lemma, null);
            }
            else if (best.Parts == 0 && role == Role.Final && IsLinkingForm(form, lemma) && ShortLastPart(word.AsSpan(partEnd, end - partEnd)) is { } shortLemma)
            {
                best = new CoverStep(2, partEnd, lemma, shortLemma);
            }
        }
        steps[from] = best;
        stepStamps[from] = stamp;
        return best.Parts;
    }

    // A part written with a linking letter ("sjukskrivnings", "hälso") says a compound goes on, so a
    // short word without the dictionary's end flag may end it ("sjukskrivnings" + "tal").
    private static bool IsLinkingForm(ReadOnlySpan<char> form, string lemma) => !form.SequenceEqual(lemma);

    private string? ShortLastPart(ReadOnlySpan<char> form) =>
        form.Length < SwedishLexicon.UnflaggedEndLength + 3 && lexicon.EndLemma(form, MinimumPartLength) is { } lemma
        && lemma.Length < SwedishLexicon.UnflaggedEndLength && !CompoundGuards.DerivationalEndings.Contains(lemma) ? lemma : null;

    private string? FirstPart(ReadOnlySpan<char> form, bool topLevel)
    {
        if (CompoundGuards.Particles.GetAlternateLookup<ReadOnlySpan<char>>().Contains(form))
        {
            return null;
        }
        return lexicon.BeginLemma(form) ?? (topLevel ? null : lexicon.MiddleLemma(form));
    }

    private string? LastPart(ReadOnlySpan<char> form, Role role) => role == Role.Final
        ? IsLastPart(form)
        : lexicon.MiddleLemma(form) ?? lexicon.BeginLemma(form);

    private string? IsLastPart(ReadOnlySpan<char> form)
    {
        if (form.Length < MinimumPartLength || lexicon.EndLemma(form) is not { } lemma || CompoundGuards.DerivationalEndings.Contains(lemma))
        {
            return null;
        }
        return lemma;
    }
}
