namespace SearchService.Core.Analysis.Lexicon;

/// <summary>
/// What the generator works out once from the dictionary, so that loading at start is only reading:
/// the free word a listed form stands for (a linking form listed on its own, "arbets" → "arbete"; an
/// adjective form listed on its own, "gemensamt" → "gemensam"), and every form that may begin or sit
/// inside a compound with the word it stands for (entries flagged so, and the linking forms the
/// suffix rules make: "sjukvård" + "s").
/// </summary>
internal sealed class LexiconDerivation
{
    private readonly IReadOnlyDictionary<string, List<string>> entries;
    private readonly HashSet<char> inflectingClasses;
    private readonly ILookup<char, SuffixRule> rulesByClass;

    /// <summary>Derivation over the dictionary's entries (word → flag sets) and suffix rules.</summary>
    public LexiconDerivation(IReadOnlyDictionary<string, List<string>> entries, IReadOnlyList<SuffixRule> rules)
    {
        this.entries = entries;
        inflectingClasses = InflectingClasses(rules);
        rulesByClass = rules.ToLookup(r => r.Class);
    }

    /// <summary>A form that may begin (<see cref="LexiconFlags.Begin"/>) and/or sit inside
    /// (<see cref="LexiconFlags.Middle"/>) a compound, and the free word it stands for.</summary>
    public sealed record CompoundForm(string Form, string Positions, string Lemma);

    /// <summary>The suffix classes that inflect (every class but one that only adds a genitive s).</summary>
    public static HashSet<char> InflectingClasses(IEnumerable<SuffixRule> rules) =>
        rules.GroupBy(r => r.Class).Where(g => g.Any(r => r.Strip.Length > 0 || r.Add != "s")).Select(g => g.Key).ToHashSet();

    /// <summary>Whether an entry with <paramref name="flags"/> has no inflection of its own: a form the
    /// dictionary spells out ("barns", "gemensamt") rather than a base form.</summary>
    public static bool IsSpelledOut(string flags, HashSet<char> inflectingClasses) => !flags.Any(inflectingClasses.Contains);

    /// <summary>The free word <paramref name="word"/> stands for when it is a linking form or a spelled-out
    /// adjective form; null when it is a base form itself or none is found.</summary>
    public string? BaseOf(string word)
    {
        var flagSets = entries[word];
        if (flagSets.Any(f => f.Contains(LexiconFlags.OnlyInCompound)))
        {
            return FreeWordOf(word);
        }
        return word.Length >= 4 && flagSets.All(f => IsSpelledOut(f, inflectingClasses)) ? AdjectiveBaseOf(word) : null;
    }

    /// <summary>Every form that may begin or sit inside a compound, with the free word it stands for.</summary>
    public IEnumerable<CompoundForm> CompoundForms()
    {
        var positions = new Dictionary<string, (string Positions, string Lemma)>(StringComparer.Ordinal);
        void Add(string form, string flags, string lemma)
        {
            var here = new string([.. flags.Where(f => f is LexiconFlags.Begin or LexiconFlags.Middle)]);
            if (here.Length == 0)
            {
                return;
            }
            var (known, knownLemma) = positions.GetValueOrDefault(form, ("", NounOfLinkingForm(form, lemma)));
            positions[form] = (new string([.. (known + here).Distinct().Order()]), knownLemma);
        }
        foreach (var (word, flagSets) in entries)
        {
            var lemma = flagSets.Any(f => f.Contains(LexiconFlags.OnlyInCompound)) ? FreeWordOf(word) ?? word : word;
            foreach (var flags in flagSets)
            {
                if (!flags.Contains(LexiconFlags.NeedAffix))
                {
                    Add(word, flags, lemma);
                }
                foreach (var rule in flags.SelectMany(f => rulesByClass[f]).Where(r => r.Continuation.Length > 0 && r.AppliesTo(word)))
                {
                    Add(string.Concat(word.AsSpan(0, word.Length - rule.Strip.Length), rule.Add), rule.Continuation, lemma);
                }
            }
        }
        return positions.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => new CompoundForm(p.Key, p.Value.Positions, p.Value.Lemma));
    }

    // The dictionary gives some linking forms only through a verb's flags ("krigs" of "kriga", "skatte" of
    // "skatta", "skydds" of "skydda", "ansvars" of "ansvara") while the compounds made with them are of the noun
    // spelled without the linking letter: "krigsbrott" is a crime of war, "skatteverket" an agency of tax. A query
    // for "krig" finds "krigsbrott" only when the part's base form is "krig". A noun in -a links with -e of its
    // own ("rättvise" of "rättvisa", not the adjective "rättvis"): one with a definite form in -n keeps its lemma.
    private string NounOfLinkingForm(string form, string lemma)
    {
        if (form.Length < 4 || form[^1] is not ('s' or 'e') || form.StartsWith(lemma, StringComparison.Ordinal)
            || (form[^1] == 'e' && Inflects(lemma, lemma + "n")))
        {
            return lemma;
        }
        // "mass" is "massa" (massmedia), "krigs" "krig".
        foreach (var noun in (string[])[form + "a", form[..^1]])
        {
            if (noun != lemma && entries.TryGetValue(noun, out var sets) && sets.Any(LexiconFlags.IsFreeWord))
            {
                return noun;
            }
        }
        return lemma;
    }

    // Whether a suffix rule of one of the entry's flag sets makes the form of it.
    private bool Inflects(string entry, string form) =>
        entries.TryGetValue(entry, out var flagSets)
        && flagSets.Any(flags => flags.SelectMany(f => rulesByClass[f]).Any(rule =>
            rule.AppliesTo(entry) && form.Length == entry.Length - rule.Strip.Length + rule.Add.Length
            && form.StartsWith(entry.AsSpan(0, entry.Length - rule.Strip.Length), StringComparison.Ordinal) && form.EndsWith(rule.Add, StringComparison.Ordinal)));

    // Adjective forms the dictionary lists on their own: -t, -tt, -a, -e, with a doubled consonant
    // ("gemensamt", "gott", "höga", "gemensamma" → gemensam, god, hög, gemensam).
    private string? AdjectiveBaseOf(string form)
    {
        string[] candidates = form[^1] switch
        {
            't' when form[^2] == 't' => [form[..^2] + "d", form[..^2]],
            't' => [form[..^1]],
            'a' or 'e' when form[^2] == form[^3] => [form[..^2], form[..^1]],
            'a' or 'e' => [form[..^1]],
            _ => [],
        };
        return candidates.FirstOrDefault(c => entries.TryGetValue(c, out var sets)
            && sets.Any(f => !IsSpelledOut(f, inflectingClasses) && !f.Contains(LexiconFlags.OnlyInCompound)));
    }

    // A linking form listed on its own ("arbets", "hälso", "skol") stands for the free word it is
    // made from: without its linking s, with its final vowel restored (arbete, hälsa, skola).
    private string? FreeWordOf(string bound)
    {
        var stem = bound.Length > 3 && bound[^1] == 's' ? bound[..^1] : bound;
        // The last letter gives way only to a vowel ("hälso" → hälsa); "fjärr" is no "fjära".
        string[] candidates = SwedishLetters.IsVowel(stem[^1])
            ? [stem, stem + "e", stem + "a", stem[..^1] + "a", stem[..^1] + "e", stem + "um", stem[..^1] + "um"]
            : [stem, stem + "e", stem + "a", stem + "um"];
        return candidates.FirstOrDefault(c => c != bound && entries.TryGetValue(c, out var sets)
            && sets.Any(LexiconFlags.IsFreeWord));
    }
}
