using System.Text;

namespace SearchService.Core.Analysis.Lexicon;

/// <summary>
/// Reads a Hunspell dictionary (<c>.aff</c> + <c>.dic</c>, such as Debian's <c>hunspell-sv</c>) into the
/// two files the service ships (<see cref="LexiconFiles"/>): the entries with the flags the analysis
/// uses, and the suffix rules. Only what Swedish needs is read: single-character flags, suffixes (the
/// Swedish dictionary has no prefixes), the compound position flags and NEEDAFFIX/FORBIDDENWORD.
/// Replacement tables, suggestions and the numeral COMPOUNDRULEs are left out.
/// </summary>
public static class HunspellSource
{
    /// <summary>Reads <paramref name="affPath"/> and <paramref name="dicPath"/> and writes the derived
    /// lexicon files into <paramref name="outputFolder"/>; returns the number of entries and rules written.</summary>
    public static (int Entries, int Rules) Convert(string affPath, string dicPath, string outputFolder)
    {
        var affix = ReadAffixFile(affPath);
        var keptFlags = new HashSet<char>(affix.Rules.Select(r => r.Class)) { LexiconFlags.Begin, LexiconFlags.Middle, LexiconFlags.End, LexiconFlags.OnlyInCompound };
        var entries = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(dicPath, Encoding.UTF8).Skip(1))
        {
            var (word, flags) = SplitEntry(line);
            if (word.Length == 0 || (affix.Forbidden is { } forbidden && flags.Contains(forbidden)))
            {
                continue;
            }
            var kept = new StringBuilder();
            foreach (var flag in flags.Distinct())
            {
                if (keptFlags.Contains(flag))
                {
                    kept.Append(flag);
                }
                else if (flag == affix.NeedAffix)
                {
                    kept.Append(LexiconFlags.NeedAffix);
                }
            }
            if (char.IsUpper(word[0]))
            {
                kept.Append(LexiconFlags.Name);
            }
            var key = word.ToLowerInvariant();
            if (!entries.TryGetValue(key, out var sets))
            {
                entries[key] = sets = [];
            }
            if (!sets.Contains(kept.ToString()))
            {
                sets.Add(kept.ToString());
            }
        }
        var derivation = new LexiconDerivation(entries, affix.Rules);
        var utf8 = new UTF8Encoding(false);
        Directory.CreateDirectory(outputFolder);
        var entryLines = entries.OrderBy(e => e.Key, StringComparer.Ordinal)
            .SelectMany(e => e.Value.Select(flags => (e.Key, flags, Base: derivation.BaseOf(e.Key))))
            .Select(e => e.Base is null ? $"{e.Key}\t{e.flags}" : $"{e.Key}\t{e.flags}\t{e.Base}");
        File.WriteAllLines(Path.Combine(outputFolder, LexiconFiles.Entries), entryLines.Prepend(LexiconFiles.Header("entries: word, flags, the free word a linking or spelled-out adjective form stands for")), utf8);
        var forms = derivation.CompoundForms().ToList();
        void WriteForms(Func<LexiconDerivation.CompoundForm, string> lemma) =>
            File.WriteAllLines(Path.Combine(outputFolder, LexiconFiles.CompoundForms),
                forms.Select(f => $"{f.Form}\t{f.Positions}\t{lemma(f)}").Prepend(LexiconFiles.Header("forms that may begin (X) or sit inside (U) a compound: form, positions, the free word it stands for")), utf8);
        WriteForms(f => f.Lemma);
        var rules = affix.Rules.Select(r => $"{r.Class}\t{r.Strip}\t{r.Add}\t{r.Condition}\t{r.Continuation}");
        File.WriteAllLines(Path.Combine(outputFolder, LexiconFiles.Suffixes), rules.Prepend(LexiconFiles.Header("suffix rules: class, strip, add, condition, continuation flags")), utf8);
        // A bound form's word may be one the dictionary makes by a suffix rule ("lärare" of "lära"), which only the
        // lexicon the files make can read: it is read back once, and the forms written again with those words.
        var resolved = SwedishLexicon.Load(outputFolder).BoundFormWords();
        WriteForms(f => resolved.GetValueOrDefault(f.Form, f.Lemma));
        return (entries.Count, affix.Rules.Count);
    }

    private sealed record AffixFile(List<SuffixRule> Rules, char? NeedAffix, char? Forbidden);

    private static AffixFile ReadAffixFile(string path)
    {
        var rules = new List<SuffixRule>();
        char? needAffix = null, forbidden = null;
        var flagAliases = new Dictionary<string, char>
        {
            ["COMPOUNDBEGIN"] = LexiconFlags.Begin,
            ["COMPOUNDMIDDLE"] = LexiconFlags.Middle,
            ["COMPOUNDEND"] = LexiconFlags.End,
            ["ONLYINCOMPOUND"] = LexiconFlags.OnlyInCompound,
        };
        var declared = new Dictionary<char, char>();
        foreach (var raw in File.ReadLines(path, Encoding.UTF8))
        {
            var fields = raw.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length < 2 || fields[0].StartsWith('#'))
            {
                continue;
            }
            switch (fields[0])
            {
                case "FLAG":
                    throw new InvalidDataException($"{path}: only single-character flags are supported (FLAG {fields[1]}).");
                case "PFX":
                    throw new InvalidDataException($"{path}: prefix rules are not supported; the Swedish dictionary has none.");
                case "NEEDAFFIX":
                    needAffix = fields[1][0];
                    break;
                case "FORBIDDENWORD":
                    forbidden = fields[1][0];
                    break;
                case "SFX" when fields.Length >= 5:
                    var (add, continuation) = SplitEntry(fields[3]);
                    rules.Add(new SuffixRule(fields[1][0], Empty(fields[2]), Empty(add), fields[4], continuation));
                    break;
                default:
                    if (flagAliases.TryGetValue(fields[0], out var ours))
                    {
                        declared[fields[1][0]] = ours;
                    }
                    break;
            }
        }
        // The derived files use fixed letters for the compound positions whatever the source calls them.
        if (declared.Any(d => d.Key != d.Value))
        {
            throw new InvalidDataException($"{path}: compound flags differ from X/U/Y/Z; map them before converting.");
        }
        return new AffixFile(rules, needAffix, forbidden);
    }

    private static string Empty(string field) => field == "0" ? "" : field;

    private static (string Word, string Flags) SplitEntry(string line)
    {
        var text = line.Split(['\t', ' '], 2)[0].Trim();
        var slash = text.IndexOf('/', 1);
        return slash < 0 ? (text, "") : (text[..slash], text[(slash + 1)..]);
    }
}
