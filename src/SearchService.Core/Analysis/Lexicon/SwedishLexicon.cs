using System.Text;

namespace SearchService.Core.Analysis.Lexicon;

/// <summary>
/// The Swedish lexicon the analysis stands on: the entries and suffix rules of Den stora svenska
/// ordlistan (derived by <see cref="HunspellSource"/>, loaded from files at start), read the way
/// Hunspell reads them. A form is analysed by undoing each suffix rule whose added letters end it
/// ("tunnlar" = "tunnel" − "el" + "lar"), so every inflection the dictionary describes meets its
/// base form without listing a million forms. The compound flags say where a form may stand in a
/// compound: linking forms begin or sit inside one ("arbets", "hälso", "sjukvårds"), base forms and
/// all their inflections end one. A small domain list (<see cref="LexiconFiles.Domain"/>) adds base
/// forms the dictionary lacks; it may stand anywhere. Thread-safe once loaded (read only).
/// </summary>
public sealed class SwedishLexicon
{
    private static readonly Lazy<SwedishLexicon> Shipped = new(() => Load(LexiconFiles.DefaultFolder));
    private static string? configuredFolder;
    private static readonly Lazy<SwedishLexicon> Configured = new(() => Load(configuredFolder ?? LexiconFiles.DefaultFolder));

    private readonly Dictionary<string, Entry[]> entries;
    private readonly string[] sortedWords;
    private readonly Dictionary<string, SuffixRule[]> rulesByAdd;
    private readonly Dictionary<string, (string Positions, string Lemma)> compoundForms;
    private readonly Dictionary<string, string> irregular;
    private readonly Dictionary<string, string> irregularHeads;
    // Rows of the irregular list marked "alone": closed-class words ("hos", "samt") that are their own base form as a
    // word on their own, but are no compound's last part ("socialtjänstens" is no "socialtjänst" + "ens").
    private readonly Dictionary<string, string> wordsAlone;
    // Rows of the irregular list marked "verb": a strong verb's form that the dictionary also lists as a noun, which is
    // what the same letters are as a compound part ("sågverk", "drogpolitik", "levercancer").
    private readonly HashSet<string> nounsAsParts;
    private readonly HashSet<char> inflectingClasses;
    private readonly int longestAdd;

    /// <summary>A free word of at least this many letters may end a compound even without the
    /// dictionary's end flag, which many common nouns lack ("gata", "sed", "tal"). Measured on the
    /// Lexin gold list: boundary F1 0.806 → 0.828, words split that must stay whole 1.1 % → 2.1 %;
    /// from 3 letters on, 3.6 %.</summary>
    public const int UnflaggedEndLength = 4;

    // An entry as listed: its word, flags, and the free word a linking or spelled-out form stands for.
    private sealed record Entry(string Word, string Flags, string? Base);

    // Classes of rules that turn a verb in "-a" into the plural of its noun ("åtgärda" → "åtgärderna"): those
    // with a definite plural, which no verb form has.
    private readonly HashSet<char> nounPluralClasses;

    // The suffix classes that make a verb's agent noun ("lära" → "lärare", "lärarna"): they add "re" to a verb in "-a".
    private readonly HashSet<char> agentNounClasses;

    private readonly ILookup<char, SuffixRule> rulesByClass;

    private SwedishLexicon(Dictionary<string, Entry[]> entries, IReadOnlyList<SuffixRule> rules, Dictionary<string, (string, string)> compoundForms, Dictionary<string, string> irregular, Dictionary<string, string> irregularHeads, Dictionary<string, string> wordsAlone, HashSet<string> nounsAsParts)
    {
        this.entries = entries;
        sortedWords = SortedOrdinal(entries.Keys);
        this.irregular = irregular;
        this.irregularHeads = irregularHeads;
        this.wordsAlone = wordsAlone;
        this.nounsAsParts = nounsAsParts;
        this.compoundForms = compoundForms;
        rulesByAdd = rules.GroupBy(r => r.Add).ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        longestAdd = rules.Count == 0 ? 0 : rules.Max(r => r.Add.Length);
        inflectingClasses = LexiconDerivation.InflectingClasses(rules);
        nounPluralClasses = rules.Where(r => r is { Strip: "a", Add: "erna" }).Select(r => r.Class).ToHashSet();
        agentNounClasses = rules.Where(r => r is { Strip: "", Add: "re", Condition: "a" }).Select(r => r.Class).ToHashSet();
        rulesByClass = rules.ToLookup(r => r.Class);
        // A linking or adjective form differs from its free word in at most its last two letters.
        LongestChange = Math.Max(2, rules.Count == 0 ? 0 : rules.Max(r => r.Strip.Length));
    }

    /// <summary>The compound forms that stand for a word the dictionary does not list as an entry but makes by a
    /// suffix rule ("lärar" for "lärare", "förbrytar" for "förbrytare") or spells with another stem ("föräldra" for
    /// "förälder", "tjänste" for "tjänst"), each with the base form of that word: the first of its candidate free
    /// words that is a word. The generator writes them into the compound forms (<see cref="HunspellSource"/>): a
    /// part's base form must be the one a search for the word looks for, or "lärare" does not find
    /// "lärarutbildningen" nor "förälder" "föräldraförsäkringen".</summary>
    internal Dictionary<string, string> BoundFormWords()
    {
        var resolved = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (form, (_, lemma)) in compoundForms)
        {
            if (IsFreeEntry(lemma))
            {
                continue;
            }
            foreach (var candidate in FreeWordCandidates(lemma))
            {
                if (Lemma(candidate) is { } free)
                {
                    resolved[form] = free;
                    break;
                }
            }
        }
        return resolved;
    }

    // The words a bound form may stand for: without a linking s ("långtids"), with an e ("lärar"), without its
    // final vowel ("tjänste", "penga"), with an a for its o or u ("vitvaru"), that with an e before its last
    // consonant ("föräldra" → förälder), and an -el/-er stem with its final a ("våffel" → våffla).
    private static IEnumerable<string> FreeWordCandidates(string bound)
    {
        if (bound.Length < 4 || !bound.All(char.IsLetter))
        {
            yield break;
        }
        var stem = bound[^1] == 's' && bound[^2] != 's' ? bound[..^1] : bound;
        if (stem != bound)
        {
            yield return stem;
        }
        yield return bound + "e";
        if (stem[^1] is 'a' or 'e' or 'o' or 'u')
        {
            var cut = stem[..^1];
            yield return cut;
            if (stem[^1] is 'o' or 'u')
            {
                yield return cut + "a";
            }
            if (cut.Length >= 3 && !SwedishLetters.IsVowel(cut[^1]) && !SwedishLetters.IsVowel(cut[^2]))
            {
                yield return string.Concat(cut.AsSpan(0, cut.Length - 1), "e", cut.AsSpan(cut.Length - 1));
            }
        }
        if (stem.EndsWith("el", StringComparison.Ordinal) || stem.EndsWith("er", StringComparison.Ordinal))
        {
            yield return string.Concat(stem.AsSpan(0, stem.Length - 2), stem.AsSpan(stem.Length - 1), "a");
        }
    }

    /// <summary>Makes <see cref="Default"/> load from <paramref name="folder"/> instead of the files beside
    /// the assembly; call before the first use (the service does at start from <c>Search:LexiconPath</c>).</summary>
    public static void UseFolder(string? folder) => configuredFolder = folder;

    /// <summary>The lexicon the service uses: the shipped files, or those of <see cref="UseFolder"/>.</summary>
    public static SwedishLexicon Default => configuredFolder is null ? Shipped.Value : Configured.Value;

    /// <summary>At most how many final letters a base form differs in from a form of it ("tunnel" and
    /// "tunnlar" share all but 2): a base form's other letters are always written in the text.</summary>
    public int LongestChange { get; private init; }

    /// <summary>Number of entries (distinct spellings).</summary>
    public int Count => entries.Count;

    /// <summary>Loads the lexicon files of <paramref name="folder"/>.</summary>
    /// <exception cref="FileNotFoundException">A lexicon file is missing.</exception>
    public static SwedishLexicon Load(string folder)
    {
        // Loading is on the service's start-up path: lines are read as spans, and the few distinct flag
        // strings are shared rather than allocated once per entry.
        var shared = new Dictionary<string, string>(StringComparer.Ordinal);
        var sharedLookup = shared.GetAlternateLookup<ReadOnlySpan<char>>();
        string Shared(ReadOnlySpan<char> value)
        {
            if (!sharedLookup.TryGetValue(value, out var known))
            {
                known = value.ToString();
                sharedLookup[value] = known;
            }
            return known;
        }
        var entries = new Dictionary<string, Entry[]>(200_000, StringComparer.Ordinal);
        ReadRows(Path.Combine(folder, LexiconFiles.Entries), (word, flags, free) =>
            Add(entries, new Entry(word.ToString(), Shared(flags), free.IsEmpty ? null : free.ToString())));
        var compoundForms = new Dictionary<string, (string, string)>(200_000, StringComparer.Ordinal);
        ReadRows(Path.Combine(folder, LexiconFiles.CompoundForms), (form, positions, lemma) =>
        {
            var key = form.ToString();
            compoundForms[key] = (Shared(positions), lemma.SequenceEqual(form) ? key : lemma.ToString());
        });
        var domain = Path.Combine(folder, LexiconFiles.Domain);
        if (File.Exists(domain))
        {
            // A domain word may stand anywhere in a compound, as written.
            ReadRows(domain, (line, _, _) =>
            {
                var word = line.Trim().ToString().ToLowerInvariant();
                Add(entries, new Entry(word, $"{LexiconFlags.Begin}{LexiconFlags.Middle}{LexiconFlags.End}", null));
                compoundForms.TryAdd(word, ($"{LexiconFlags.Middle}{LexiconFlags.Begin}", word));
            });
        }
        var irregular = new Dictionary<string, string>(StringComparer.Ordinal);
        var irregularHeads = new Dictionary<string, string>(StringComparer.Ordinal);
        var wordsAlone = new Dictionary<string, string>(StringComparer.Ordinal);
        var nounsAsParts = new HashSet<string>(StringComparer.Ordinal);
        var irregularPath = Path.Combine(folder, LexiconFiles.Irregular);
        if (File.Exists(irregularPath))
        {
            ReadRows(irregularPath, (form, lemma, use) =>
            {
                if (use.SequenceEqual("alone"))
                {
                    wordsAlone[form.ToString()] = lemma.ToString();
                    return;
                }
                irregular[form.ToString()] = lemma.ToString();
                if (use.SequenceEqual("verb"))
                {
                    nounsAsParts.Add(form.ToString());
                }
                if (use.SequenceEqual("head"))
                {
                    irregularHeads[form.ToString()] = lemma.ToString();
                }
            });
        }
        var rules = new List<SuffixRule>();
        foreach (var line in File.ReadLines(Path.Combine(folder, LexiconFiles.Suffixes), Encoding.UTF8).Where(l => l.Length > 0 && l[0] != '#'))
        {
            var f = line.Split('\t');
            rules.Add(new SuffixRule(f[0][0], f[1], f[2], f[3], f.Length > 4 ? f[4] : ""));
        }
        return new SwedishLexicon(entries, rules, compoundForms, irregular, irregularHeads, wordsAlone, nounsAsParts);
    }

    private delegate void RowReader(ReadOnlySpan<char> first, ReadOnlySpan<char> second, ReadOnlySpan<char> third);

    // Calls read with the first three tab-separated fields of every line that is not a comment.
    private static void ReadRows(string path, RowReader read)
    {
        var text = File.ReadAllText(path, Encoding.UTF8).AsSpan();
        Span<Range> fields = stackalloc Range[4];
        foreach (var range in text.Split('\n'))
        {
            var line = text[range].TrimEnd('\r');
            if (line.IsEmpty || line[0] == '#')
            {
                continue;
            }
            var count = line.Split(fields, '\t');
            read(line[fields[0]], count > 1 ? line[fields[1]] : [], count > 2 ? line[fields[2]] : []);
        }
    }

    /// <summary>A reading of a form: the entry it comes from, that entry's flags, the suffix rule
    /// that made it (null for the entry as written), and the free word the entry stands for when it is
    /// a linking or spelled-out form.</summary>
    public readonly record struct Reading(string Entry, string Flags, SuffixRule? Rule, string? Base)
    {
        /// <summary>Whether the form is a word on its own (not a linking form, not a stem needing a suffix).</summary>
        public bool IsFreeWord => Rule is null ? LexiconFlags.IsFreeWord(Flags) : !Rule.MakesBoundForm;

        /// <summary>Whether the form may end a compound: an inflection of an entry that may.</summary>
        public bool CanEndCompound => Flags.Contains(LexiconFlags.End) && IsFreeWord;
    }

    // Analysis asks for the readings of every ending of every new word; one list per thread, refilled
    // by each call, kept indexing from spending most of its time allocating and collecting them.
    [ThreadStatic]
    private static List<Reading>? scratch;

    // Every reading of the lower-case form, in the calling thread's scratch list: valid until its next call.
    private List<Reading> Readings(ReadOnlySpan<char> form)
    {
        var readings = scratch ??= [];
        readings.Clear();
        // An entry a reading comes from begins with the form less the letters a rule added, so no rule
        // that keeps more letters than some entry shares with the form can apply. Most endings of an
        // unknown word share two or three letters with any entry, and are done with here.
        var shared = LongestSharedPrefix(form);
        var lookup = entries.GetAlternateLookup<ReadOnlySpan<char>>();
        if (shared == form.Length && lookup.TryGetValue(form, out var exact))
        {
            foreach (var entry in exact)
            {
                readings.Add(new Reading(entry.Word, entry.Flags, null, entry.Base));
            }
        }
        Span<char> buffer = stackalloc char[form.Length + 8];
        var rules = rulesByAdd.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var added = form.Length - shared; added <= Math.Min(longestAdd, form.Length - 1); added++)
        {
            if (!rules.TryGetValue(form[^added..], out var candidates))
            {
                continue;
            }
            var kept = form[..^added];
            foreach (var rule in candidates)
            {
                if (kept.Length + rule.Strip.Length > buffer.Length)
                {
                    continue;
                }
                kept.CopyTo(buffer);
                rule.Strip.AsSpan().CopyTo(buffer[kept.Length..]);
                var stem = buffer[..(kept.Length + rule.Strip.Length)];
                if (!rule.AppliesTo(stem) || !lookup.TryGetValue(stem, out var found))
                {
                    continue;
                }
                foreach (var entry in found)
                {
                    if (entry.Flags.Contains(rule.Class))
                    {
                        readings.Add(new Reading(entry.Word, entry.Flags, rule, entry.Base));
                    }
                }
            }
        }
        return readings;
    }

    // The most leading letters of form that some entry begins with: in ordinal order, the entries on
    // either side of where form would stand share the most with it.
    private int LongestSharedPrefix(ReadOnlySpan<char> form)
    {
        var (low, high) = (0, sortedWords.Length);
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (form.SequenceCompareTo(sortedWords[middle]) > 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }
        var after = low < sortedWords.Length ? form.CommonPrefixLength(sortedWords[low]) : 0;
        var before = low > 0 ? form.CommonPrefixLength(sortedWords[low - 1]) : 0;
        return Math.Max(after, before);
    }

    // The dictionary's words are read in ordinal order and the domain words appended, so only the part after
    // the longest ordered run is sorted and the two merged: sorting all 150 000 cost 20 ms of every start. A
    // lexicon folder written in any other order comes out sorted the same way.
    private static string[] SortedOrdinal(IEnumerable<string> words)
    {
        var all = words.ToArray();
        var ordered = 1;
        while (ordered < all.Length && string.CompareOrdinal(all[ordered - 1], all[ordered]) <= 0)
        {
            ordered++;
        }
        var rest = all[ordered..];
        Array.Sort(rest, StringComparer.Ordinal);
        var sorted = new string[all.Length];
        int i = 0, j = 0;
        for (var k = 0; k < sorted.Length; k++)
        {
            sorted[k] = j == rest.Length || (i < ordered && string.CompareOrdinal(all[i], rest[j]) <= 0) ? all[i++] : rest[j++];
        }
        return sorted;
    }

    // The shortest first part of a compound with an irregular head taken without the dictionary knowing the whole.
    private const int ShortestIrregularModifier = 3;

    /// <summary>The base form of the lower-case <paramref name="form"/> as a word on its own: the form
    /// itself when it is an entry, else the entry of its closest inflection; null when the dictionary
    /// does not know it as a word.</summary>
    public string? Lemma(ReadOnlySpan<char> form) => Lemma(form, asPart: false);

    /// <summary>The base form of a compound part's own base form (<see cref="CompoundPart.Lemma"/>): as
    /// <see cref="Lemma(ReadOnlySpan{char})"/>, but a form the irregular list reads as a verb (marked "verb") and the
    /// dictionary lists as a noun is that noun: a compound is never built on a verb's past or present, so the part
    /// "såg" of "sågverk" is the saw (not the past of "se" that "såg" alone is), "drog" of "drogpolitik" a drug.</summary>
    public string? PartLemma(ReadOnlySpan<char> form) => Lemma(form, asPart: true);

    /// <summary>Whether the irregular list reads <paramref name="form"/> as a verb's form where, as a compound part,
    /// it is the noun the dictionary lists ("såg", "drog", "lever").</summary>
    public bool IsVerbFormOfNoun(ReadOnlySpan<char> form) => nounsAsParts.GetAlternateLookup<ReadOnlySpan<char>>().Contains(form);

    private string? Lemma(ReadOnlySpan<char> form, bool asPart)
    {
        var read = LemmaOf(form, asPart);
        return NameLemma(form, read) ?? ShortVerbForm(VerbOfParticiple(read));
    }

    // A word the dictionary has only as a proper name is its own base form where the suffix rules read it (read) as a
    // form no noun takes: "anna" is no "ann" + "a", "kuba" no "kub" (a cube) + "a", "bildt" no "bild" (a picture) + "t",
    // "bosse" no "boss" + "e". Where the ending is one a noun takes, the common word stays: "mats" (the food's),
    // "ekot" (the echo), "slussen", "kungens"; and so does an adjective's form ("stora", also a company's name).
    // Cheapest checks first: the form is looked up once, and only a name's reading is asked whether it is an adjective.
    private string? NameLemma(ReadOnlySpan<char> form, string? read)
    {
        if (read is null || read.Length >= form.Length || !form.StartsWith(read, StringComparison.Ordinal)
            || !entries.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(form, out var found) || !IsName(found) || IsAdjective(read))
        {
            return null;
        }
        var ending = form[read.Length..];
        var nounEnding = NounEndings.Contains(ending) || (ending is "t" && SwedishLetters.IsVowel(read[^1]));
        return nounEnding ? null : form.ToString();
    }

    // What a noun adds to its base form: definite, plural and genitive endings (a definite "-t" only after a vowel: "ekot").
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NounEndings = new HashSet<string>(
        ["s", "n", "en", "et", "ens", "ets", "ns", "r", "ar", "or", "er", "na", "arna", "orna", "erna", "ars", "ors", "ers", "nas", "arnas", "ornas", "ernas"],
        StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    // A participle in "-ad" the dictionary lists as an adjective of its own ("fattad", "riktad", "samlad": fattat,
    // fattade) meets its verb ("fatta"), as its forms are also the verb's past and supine: "regeringen fattade beslut",
    // "har samlat". A noun in "-ad" has no neuter in "-at" ("månad", "tystnad", "blockad" stay).
    private string? VerbOfParticiple(string? lemma) =>
        lemma is { Length: > 4 } && lemma.EndsWith("ad", StringComparison.Ordinal)
        && HasInflections(lemma[..^1]) && FormsOf(lemma).Contains(lemma[..^1] + "t") ? lemma[..^1] : lemma;

    // The dictionary lists both the short and the long form of some verbs ("delta" and "deltaga", "bidra" and
    // "bidraga", "ange" and "angiva", "förbli" and "förbliva") and spreads their forms over the two ("deltar" →
    // delta, "deltagit" → deltaga): they meet at the short form, the one written today.
    private static readonly (string Long, string Short)[] LongVerbEndings = [("taga", "ta"), ("draga", "dra"), ("giva", "ge"), ("bliva", "bli"), ("hava", "ha")];

    private string? ShortVerbForm(string? lemma)
    {
        if (lemma is null)
        {
            return null;
        }
        foreach (var (longEnding, shortEnding) in LongVerbEndings)
        {
            if (lemma.EndsWith(longEnding, StringComparison.Ordinal))
            {
                var shortForm = string.Concat(lemma.AsSpan(0, lemma.Length - longEnding.Length), shortEnding);
                return IsFreeEntry(shortForm) ? shortForm : lemma;
            }
        }
        return lemma;
    }

    private string? LemmaOf(ReadOnlySpan<char> form, bool asPart = false)
    {
        if ((irregular.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(form, out var listed) && !(asPart && IsVerbFormOfNoun(form)))
            || wordsAlone.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(form, out listed))
        {
            return listed;
        }
        // A compound the dictionary lists whole whose head is an irregular noun form ("brandmän"). A first part
        // shorter than any compound part ("bo" of "bostäder") counts only when the dictionary knows the word it
        // makes with the head's base form ("bostad"): the dictionary spells out "bostäder" as a word of its own.
        var isEntry = entries.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(form);
        var heads = irregularHeads.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var start = 1; start <= form.Length - 3; start++)
        {
            if (heads.TryGetValue(form[start..], out var head))
            {
                // A word the dictionary lists is no such compound unless the whole it makes is listed too:
                // "allmän" (general) is not "all" + "män".
                var lemma = string.Concat(form[..start], head);
                var known = entries.ContainsKey(lemma);
                if (known || (start >= ShortestIrregularModifier && !isEntry))
                {
                    return lemma;
                }
            }
        }
        // A form the dictionary does not list may be an irregular form after a prefix or a passive infinitive.
        if (!isEntry && (IrregularAfterPrefixOf(form, ShortestIrregularTail) ?? PassiveInfinitive(form)) is { } verb)
        {
            return verb;
        }
        Reading? best = null;
        string? bare = null;
        var readings = Readings(form);
        // "svenska", "europeiska", "tyska" are listed as nouns (a language, a woman) with forms of their own, and are
        // also the plural and definite form of the adjective in "-sk"; in policy text they are mostly the adjective
        // ("svenska kommuner"), so they meet it. The nouns' other forms ("svenskan", "svenskor") keep the noun. So do
        // "israeliska", "brittiska", "kinesiska", whose adjective the dictionary derives from a noun ("israel", an Israeli),
        // and "kurdiska", "syriska", "somaliska", whose adjective it lists alone ("kurdisk", with only its "-e" form).
        // "gången", "framgången", "ingången" are listed as participles (whose only inflection is the neuter in
        // "-et"), and are the definite form of the listed nouns "gång", "framgång", "ingång", which policy text means.
        var participle = false;
        foreach (var reading in readings)
        {
            if (reading.Rule is { Strip: "", Add: "a" } && reading.IsFreeWord && reading.Entry.EndsWith("sk", StringComparison.Ordinal))
            {
                return reading.Entry;
            }
            if (reading.Rule is { Add: "iska" } rule && IsDerivedIskAdjective(rule))
            {
                return reading.Entry + "isk";
            }
            if (reading.Rule is null && IsListedIskAdjectivesForm(form))
            {
                return form[..^1].ToString();
            }
            participle |= reading.Rule is null && IsParticiple(reading.Entry, reading.Flags);
        }
        if (participle)
        {
            foreach (var reading in readings)
            {
                if (reading.Rule is { Strip: "", Add: "en" } && reading.IsFreeWord)
                {
                    return reading.Entry;
                }
            }
        }
        foreach (var reading in readings)
        {
            if (!reading.IsFreeWord)
            {
                continue;
            }
            if (reading.Rule is null)
            {
                // A form listed with inflections of its own is a base form. One listed without any
                // ("barns", "gemensamt", "höga") is only spelled out: it is a form of the word it derives
                // from, by a suffix rule or as an adjective form.
                var spelledOut = LexiconDerivation.IsSpelledOut(reading.Flags, inflectingClasses);
                if (!spelledOut || reading.Base is not null)
                {
                    return PastOfVerb(reading) ?? VerbOfParticiplesForm(reading) ?? reading.Base ?? IrregularAfterPrefixOf(reading.Entry, ListedIrregularTail) ?? reading.Entry;
                }
                bare = reading.Entry;
            }
            else if (best is null || Better(reading, best.Value))
            {
                best = reading;
            }
        }
        // A strong verb's form after a particle that the dictionary spells out without inflections ("antog", "deltog",
        // "vidtog", "befann") meets the verb as the same form unlisted does ("antogs").
        return best is { } found ? InflectionsBase(found)
            : bare is null ? null
            : VerbOfSpelledOutForm(bare) ?? IrregularAfterPrefixOf(bare, ShortestIrregularTail) ?? bare;
    }

    // A past tense the dictionary spells out as the weak form of the verb's participle ("fortsatte" of "fortsatt",
    // "växte" of "växt", "spridde" of "spridd", "kartlagde" of "kartlagd", "särskilde" of "särskild"): in running text it
    // is the verb's past ("regeringen fortsatte", "arbetslösheten växte"), not the adjective's "den fortsatte", so it
    // meets the verb ("fortsätta", "växa", "sprida", "kartlägga", "särskilja") as the past of the verb without a
    // prefix does ("satte" → "sätta"). The verb is the strong verb after a prefix, else the participle's stem with the
    // endings of its conjugation, and only a verb the dictionary inflects: "siste" (of "sist") meets no "sisa".
    private static readonly (string Participle, string Cut, string[] Verb)[] PastEndings =
    [
        ("dd", "d", ["a"]), ("xt", "t", ["a"]), ("kt", "t", ["a"]), ("st", "t", ["a"]),
        ("agd", "agd", ["ägga", "äga"]), ("ild", "d", ["ja"]),
    ];

    private string? PastOfVerb(Reading reading)
    {
        if (reading.Base is not { } participle || reading.Entry.Length != participle.Length + 1 || !reading.Entry.EndsWith('e')
            || !reading.Entry.StartsWith(participle, StringComparison.Ordinal))
        {
            return null;
        }
        if (participle.EndsWith("tt", StringComparison.Ordinal) || participle.EndsWith("gd", StringComparison.Ordinal))
        {
            if (IrregularAfterPrefixOf(reading.Entry, ShortestIrregularTail) is { } strong)
            {
                return strong;
            }
        }
        foreach (var (ending, cut, verbEndings) in PastEndings)
        {
            if (!participle.EndsWith(ending, StringComparison.Ordinal))
            {
                continue;
            }
            var stem = participle.AsSpan(0, participle.Length - cut.Length);
            foreach (var verbEnding in verbEndings)
            {
                var verb = string.Concat(stem, verbEnding);
                if (HasInflections(verb))
                {
                    return verb;
                }
            }
        }
        return null;
    }

    // A participle's form in "-a" the dictionary spells out under the participle, where the participle is also a noun
    // ("nämnda" under "nämnd", a committee; "höjda" under "höjd", a height): only the participle has it ("ovan nämnda",
    // "höjda avgifter"), so it meets the verb ("nämna", "höja") and a search for the noun does not find it. The verb's
    // own forms must hold the participle's neuter ("nämnt", "höjt"): "grinda" is no form of "grina".
    private string? VerbOfParticiplesForm(Reading reading)
    {
        if (reading.Base is not { } participle || reading.Entry != participle + "a" || !participle.EndsWith('d') || participle.Length < 4)
        {
            return null;
        }
        var stem = participle[..^1];
        var verb = stem + "a";
        return HasInflections(verb) && FormsOf(verb).Contains(stem + "t") ? verb : null;
    }

    // The shortest irregular form taken after a prefix. A form the dictionary lists as a word of its own is taken so
    // only from ListedIrregularTail letters: "utgjorde", "omvalde", "återstod" are forms of "utgöra", "omvälja",
    // "återstå", while "handla" is no "hand" + "la" (a form of "lägga"), nor "avla" (to breed) "avlägga".
    private const int ShortestIrregularTail = 2;
    private const int ListedIrregularTail = 4;

    // An irregular form after a prefix: a strong verb's form after a particle ("vidtagits", "antogs", "inneburit",
    // "uppgav") or a noun's after a first part ("flygtimmar"), read as the word the prefix makes with the form's base
    // form when the dictionary has it ("vidta", "anta", "innebära", "uppge", "flygtimme"). Nouns whose irregular forms
    // end compounds the dictionary does not know are the heads above.
    private string? IrregularAfterPrefixOf(ReadOnlySpan<char> form, int shortestTail)
    {
        var listed = irregular.GetAlternateLookup<ReadOnlySpan<char>>();
        var heads = irregularHeads.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var start = 2; start <= form.Length - shortestTail; start++)
        {
            if (listed.TryGetValue(form[start..], out var verb) && !heads.ContainsKey(form[start..]))
            {
                var whole = string.Concat(form[..start], verb);
                if (IsFreeEntry(whole))
                {
                    return whole;
                }
            }
        }
        return null;
    }

    // The passive infinitive of a verb whose rules do not make it ("läggas", "bedömas", "köpas"), which the
    // readings took for a form of the imperative listed as a word ("lägg", "bedöm"; "köpas" was "köp", "dödas" "död").
    // Asked only of a form the dictionary does not list.
    private string? PassiveInfinitive(ReadOnlySpan<char> form) =>
        form.Length > 4 && form.EndsWith("as") && IsFreeEntry(form[..^1].ToString())
            ? LemmaOf(form[..^1])
            : null;

    // The dictionary spells out forms of many strong verbs as words without inflections of their own, which the
    // infinitive's rule classes do not make: the present ("döljer", "finner", "befinner", "väljer", "ålägger") and,
    // where the present is spelled out so, the supine ("sjunkit", "undvikit") and the passive ("döljs", "säljs",
    // "lösas"). Such a form meets the verb in "-a" that the dictionary lists with inflections.
    // "utöver" (besides) is no form of "utöva" (to exercise). A supine or passive needs the spelled-out present:
    // a genitive in "-s" looks the same ("höstas" is no form of "hösta"), and "summit" is no form of "summa".
    private string? VerbOfSpelledOutForm(string form)
    {
        if (form.Length < 5)
        {
            return null;
        }
        if (form.EndsWith("er", StringComparison.Ordinal))
        {
            return form.EndsWith("över", StringComparison.Ordinal) ? null : InflectingVerb(form.AsSpan(0, form.Length - 2));
        }
        var ending = form.EndsWith("it", StringComparison.Ordinal) || form.EndsWith("as", StringComparison.Ordinal) || form.EndsWith("es", StringComparison.Ordinal) ? 2
            : form.EndsWith('s') ? 1
            : 0;
        var stem = form.AsSpan(0, form.Length - ending);
        return ending > 0 && IsSpelledOutEntry(string.Concat(stem, "er")) ? InflectingVerb(stem) : null;
    }

    // The verb stem + "a" when the dictionary lists it with inflections.
    private string? InflectingVerb(ReadOnlySpan<char> stem)
    {
        var verb = string.Concat(stem, "a");
        return HasInflections(verb) ? verb : null;
    }

    // Whether the dictionary lists the word with inflections of its own (one entry with an inflecting class).
    private bool HasInflections(string word) =>
        entries.TryGetValue(word, out var found) && Array.Exists(found, e => !LexiconDerivation.IsSpelledOut(e.Flags, inflectingClasses));

    // Whether the dictionary lists the word only spelled out, without inflections of its own.
    private bool IsSpelledOutEntry(string word) => entries.ContainsKey(word) && !HasInflections(word);

    // A form in "-iska" whose adjective in "-isk" the dictionary lists as a word. Short ones are left out: "fiska" (to
    // fish) and "diska" (to wash up) are no forms of "fisk" and "disk".
    private bool IsListedIskAdjectivesForm(ReadOnlySpan<char> form) =>
        form.Length > 6 && form.EndsWith("iska", StringComparison.Ordinal) && IsFreeEntry(form[..^1].ToString());

    // The base form of a reading made by a rule. A supine the rules make of a strong verb's past after a particle,
    // which the dictionary spells out as a word ("utgjort" of "utgjorde", "klargjort" of "klargjorde"), meets the
    // verb as the past does ("utgöra"), and so does its passive ("återfanns", "befunnits"). A noun's form stays the
    // noun ("återstoden", the remainder, not "återstå"), and so does a word derived from such a past ("företagare",
    // "mottagande").
    private string InflectionsBase(Reading reading)
    {
        var found = BaseOf(reading);
        return found == reading.Entry && reading.Rule is { Add: "" or "t" or "s" or "ts" }
            ? IrregularAfterPrefixOf(found, ListedIrregularTail) ?? found
            : found;
    }

    // A rule deriving an adjective in "-isk" from a noun ("israel" → "israelisk", "israeliska", "israeliskt").
    private static bool IsDerivedIskAdjective(SuffixRule rule) =>
        rule.Strip.Length == 0 && rule.Add.StartsWith("isk", StringComparison.Ordinal);

    // The dictionary stores many nouns' plurals on a verb made from the noun: "åtgärda" carries "åtgärder",
    // "åtgärderna" (strip "a", add "er…", a class with a definite plural), while "åtgärd" itself has only its
    // singular forms. Such a plural belongs to the noun when the dictionary knows it as a word: the verb less its
    // "a" ("åtgärd", "orsak", "röst", "text"), or that with the "e" an "-el" noun drops ("regl" → "regel"). Verbs
    // that inflect with "-er" ("köper", "läser") do so by other classes and are left alone.
    private string BaseOf(Reading reading)
    {
        if (reading.Rule is not { } rule)
        {
            return reading.Entry;
        }
        // An adjective in "-isk" the dictionary derives from a noun ("ekonom" → "ekonomiska") is a word of its own:
        // "ekonomisk" (economic) is not "ekonom" (an economist), nor "typisk" (typical) "typ" (a type).
        if (IsDerivedIskAdjective(rule))
        {
            return reading.Entry + "isk";
        }
        if (reading.Entry.Length < 4)
        {
            return reading.Entry;
        }
        // An agent noun the dictionary derives from a verb in "-a" ("lära" → "lärare", "använda" → "användarna") is a
        // word of its own: "lärare" (a teacher) is not "lära" (to learn), nor "användare" (a user) "använda".
        if (rule.Strip.Length == 0 && agentNounClasses.Contains(rule.Class) && rule.Add.StartsWith('r') && reading.Entry.EndsWith('a'))
        {
            return reading.Entry + "re";
        }
        // A verb's action noun in "-nde" ("meddela" → "meddelandet") is a noun the dictionary lists on its own
        // ("meddelande"), whose other forms meet it there.
        if (rule.Strip.Length == 0 && rule.Add.Length > 3 && rule.Add.StartsWith("nde", StringComparison.Ordinal)
            && IsFreeEntry(reading.Entry + "nde"))
        {
            return reading.Entry + "nde";
        }
        if (!nounPluralClasses.Contains(rule.Class))
        {
            return reading.Entry;
        }
        if (rule.Strip.Length == 0)
        {
            // The same classes carry "-er" nouns of their own: "politik" carries "politikerna" and "politikers",
            // which are forms of "politiker" (a politician), a word the dictionary lists with inflections of its
            // own. A spelled-out plural ("brister", "miljoner") is no such word: "bristerna" stays "brist".
            var own = reading.Entry + "er";
            return rule.Add.Length > 2 && rule.Add.StartsWith("er", StringComparison.Ordinal) && IsFreeEntry(own) && HasInflections(own)
                ? own
                : reading.Entry;
        }
        if (rule.Strip != "a")
        {
            return reading.Entry;
        }
        var noun = reading.Entry[..^1];
        if (IsFreeEntry(noun))
        {
            return noun;
        }
        var withE = string.Concat(noun.AsSpan(0, noun.Length - 1), "e", noun.AsSpan(noun.Length - 1));
        return IsFreeEntry(withE) ? withE : reading.Entry;
    }

    /// <summary>The forms the dictionary's suffix rules make of the entry <paramref name="word"/> as a word on its own
    /// (no linking forms), the entry itself first; empty when it is no entry. Comparatives and superlatives are left
    /// out: "tidigare" (earlier, before) is a word of its own in policy text, not a form of "tidig" (early).</summary>
    public IReadOnlyList<string> FormsOf(string word)
    {
        if (!entries.TryGetValue(word, out var found))
        {
            return [];
        }
        var forms = new List<string> { word };
        foreach (var entry in found)
        {
            if (!LexiconFlags.IsFreeWord(entry.Flags))
            {
                continue;
            }
            foreach (var flag in entry.Flags)
            {
                foreach (var rule in rulesByClass[flag])
                {
                    if (!rule.MakesBoundForm && rule.AppliesTo(word) && !rule.Add.StartsWith("are", StringComparison.Ordinal)
                        && !rule.Add.StartsWith("ast", StringComparison.Ordinal))
                    {
                        var form = string.Concat(word.AsSpan(0, word.Length - rule.Strip.Length), rule.Add);
                        if (!forms.Contains(form))
                        {
                            forms.Add(form);
                        }
                    }
                }
            }
        }
        return forms;
    }

    /// <summary>The other base forms a word's adjective reading shares its forms in "-a" with: the dictionary lists many
    /// of them as words of their own ("klara" to manage, "trygga" to secure, "korta" to shorten), which the lemma goes
    /// to, so "klara besked" is not found by "klar". (Where policy text seldom means the other word, sv-irregular.tsv
    /// sends the form to the adjective: "långa", "sjuka", "hela", "låga".) For an adjective, the words its "-a" forms are read as
    /// ("klar" → "klara"); for a word in "-a" that is also an adjective's form, that adjective ("klara" → "klar").
    /// Search adds them to a word at a lower weight: which reading a text means is not known where it is indexed.</summary>
    public IReadOnlyList<string> AdjectiveReadings(string lemma)
    {
        if (lemma.Length < MinimumReadingLength)
        {
            return [];
        }
        List<string>? others = null;
        var forms = FormsOf(lemma);
        if (IsAdjective(lemma, forms))
        {
            foreach (var form in forms)
            {
                if (form[^1] == 'a' && form.Length <= lemma.Length + 1 && Lemma(form) is { } other && other != lemma)
                {
                    (others ??= []).Add(other);
                }
            }
        }
        if (lemma.Length > 3 && lemma[^1] == 'a')
        {
            foreach (var reading in Readings(lemma))
            {
                if (reading.Rule is { } rule && rule.Add.EndsWith('a') && reading.Entry != lemma && reading.IsFreeWord)
                {
                    var adjective = reading.Entry;
                    if (IsAdjective(adjective, FormsOf(adjective)) && (others is null || !others.Contains(adjective)))
                    {
                        (others ??= []).Add(adjective);
                    }
                }
            }
        }
        return others ?? (IReadOnlyList<string>)[];
    }

    // Shorter words are abbreviations and particles more than adjectives ("s" → "sa").
    private const int MinimumReadingLength = 3;

    /// <summary>Whether the dictionary has <paramref name="word"/> as a proper name (written capitalised) and as no
    /// common word on its own: "damberg", "stockholm", "trafikverket", "europa" (also a compound's lower-case end,
    /// "västeuropa"); not "lund", a common noun (a grove) as well.</summary>
    public bool IsName(string word) => entries.TryGetValue(word, out var found) && IsName(found);

    // Entries of one form: one a name, none a common word on its own.
    private static bool IsName(Entry[] found) =>
        Array.Exists(found, e => e.Flags.Contains(LexiconFlags.Name))
        && !Array.Exists(found, e => !e.Flags.Contains(LexiconFlags.Name) && LexiconFlags.IsFreeWord(e.Flags));

    /// <summary>Whether <paramref name="lemma"/> is an adjective: its forms hold a neuter and a form in "-a" ("stor":
    /// stort, stora; "tjock").</summary>
    public bool IsAdjective(string lemma) => lemma.Length >= MinimumReadingLength && IsAdjective(lemma, FormsOf(lemma));

    // An entry whose forms (its FormsOf) hold a neuter in "-t" and a form in "-a": an adjective ("lång": långt, långa;
    // "gammal": gammalt, gamla; "god": gott, goda; "bred": brett, breda).
    private static bool IsAdjective(string word, IReadOnlyList<string> forms)
    {
        var stem = word[^1] is 'd' or 't' ? word[..^1] : word;
        // One in "-t" is its own neuter ("kort", "tyst", "fortsatt"): its form in "-a" says it, no noun in "-t" has one.
        return word[^1] == 't'
            ? forms.Contains(word + "a")
            : forms.Any(f => f[^1] == 'a' && f.Length <= word.Length + 1) && forms.Any(f => f == word + "t" || f == stem + "t" || f == stem + "tt");
    }

    private bool IsFreeEntry(string word) =>
        entries.TryGetValue(word, out var found)
        && Array.Exists(found, e => LexiconFlags.IsFreeWord(e.Flags));

    /// <summary>The base form when the lower-case <paramref name="form"/> may end a compound; else null.</summary>
    public string? EndLemma(ReadOnlySpan<char> form) => EndLemma(form, UnflaggedEndLength);

    /// <summary>The base form when the lower-case <paramref name="form"/> may end a compound, counting free
    /// words without the end flag from <paramref name="unflaggedLength"/> letters; else null.</summary>
    public string? EndLemma(ReadOnlySpan<char> form, int unflaggedLength) => ShortVerbForm(EndLemmaOf(form, unflaggedLength));

    private string? EndLemmaOf(ReadOnlySpan<char> form, int unflaggedLength)
    {
        if (irregular.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(form, out var listed))
        {
            return listed;
        }
        Reading? best = null;
        Reading? ownWord = null;
        foreach (var reading in Readings(form))
        {
            if ((reading.CanEndCompound || (reading.IsFreeWord && reading.Entry.Length >= unflaggedLength))
                && (best is null || (reading.Rule is null && best.Value.Rule is not null) || Better(reading, best.Value)))
            {
                best = reading;
            }
            if (reading.Rule is null && reading.IsFreeWord && !LexiconDerivation.IsSpelledOut(reading.Flags, inflectingClasses))
            {
                ownWord = reading;
            }
        }
        // A form the dictionary lists as a word with inflections of its own ends a compound as that word, as it
        // stands alone: "knäled" ends in the noun "led" (a joint), not in the verb "lida" whose past tense it also
        // spells, nor "solsken" in "skina"; the verb's entry was long enough to end a compound unflagged, the noun not.
        if (best is { Rule: not null, CanEndCompound: false } && ownWord is { } word)
        {
            return word.Entry;
        }
        return best is { } found ? BaseOf(found) : null;
    }

    /// <summary>The free word a form that may begin a compound stands for ("arbets" → "arbete"); null when it may not.</summary>
    public string? BeginLemma(ReadOnlySpan<char> form) => CompoundLemma(form, LexiconFlags.Begin);

    /// <summary>The free word a form that may stand inside a compound stands for; null when it may not.</summary>
    public string? MiddleLemma(ReadOnlySpan<char> form) => CompoundLemma(form, LexiconFlags.Middle);

    private string? CompoundLemma(ReadOnlySpan<char> form, char position) =>
        compoundForms.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(form, out var found) && found.Positions.Contains(position) ? found.Lemma : null;

    // Of two readings, the one of an entry that may end a compound (mostly nouns: "tunnlar" is
    // "tunnel", not the verb "tunnla"), then the one that changes least ("lagen": "lag", not "lage").
    private static bool Better(Reading candidate, Reading best)
    {
        // "-et" is far more often a noun's definite form ("förslaget", "fallet", "slutet") than the neuter of a
        // participle in "-en" ("förslagen", "fallen", "sluten"), which the dictionary would otherwise prefer as the
        // longer word.
        if (IsNeuterOfParticiple(candidate) != IsNeuterOfParticiple(best) && (IsDefiniteNeuter(candidate) || IsDefiniteNeuter(best)))
        {
            return IsDefiniteNeuter(candidate);
        }
        var (candidateEnds, bestEnds) = (candidate.Flags.Contains(LexiconFlags.End), best.Flags.Contains(LexiconFlags.End));
        return candidateEnds != bestEnds ? candidateEnds : candidate.Entry.Length > best.Entry.Length;
    }

    // An entry in "-en" whose every inflection replaces that ending ("gången" → "gånget", "gångna"): a participle.
    private bool IsParticiple(string entry, string flags)
    {
        if (!entry.EndsWith("en", StringComparison.Ordinal))
        {
            return false;
        }
        var inflections = 0;
        foreach (var flag in flags)
        {
            foreach (var rule in rulesByClass[flag])
            {
                if (rule.AppliesTo(entry))
                {
                    if (!rule.Strip.EndsWith('n'))
                    {
                        return false;
                    }
                    inflections++;
                }
            }
        }
        return inflections > 0;
    }

    private static bool IsNeuterOfParticiple(Reading reading) => reading.Rule is { Strip: "n", Add: "t" };

    private static bool IsDefiniteNeuter(Reading reading) => reading.Rule is { Strip: "", Add: "et" };

    private static void Add(Dictionary<string, Entry[]> entries, Entry entry) =>
        entries[entry.Word] = entries.TryGetValue(entry.Word, out var known) ? [.. known, entry] : [entry];
}
