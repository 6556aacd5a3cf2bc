namespace SearchService.Core.Analysis.Lexicon;

/// <summary>The flags of a lexicon entry that say where in a compound a form may stand (Hunspell's
/// COMPOUNDBEGIN, COMPOUNDMIDDLE, COMPOUNDEND, ONLYINCOMPOUND as the Swedish dictionary names them)
/// and that a bare entry is no word on its own (NEEDAFFIX).</summary>
internal static class LexiconFlags
{
    /// <summary>May begin a compound ("arbets" in "arbetsmarknad").</summary>
    public const char Begin = 'X';

    /// <summary>May stand inside a compound ("marknads" in "arbetsmarknadsutbildning").</summary>
    public const char Middle = 'U';

    /// <summary>May end a compound, in any of its inflected forms ("platserna" in "vårdplatserna").</summary>
    public const char End = 'Y';

    /// <summary>A linking form that never stands alone ("arbets", "hälso").</summary>
    public const char OnlyInCompound = 'Z';

    /// <summary>A stem that is a word only with a suffix.</summary>
    public const char NeedAffix = '¤';

    /// <summary>Written capitalised in the dictionary: a proper name ("Stockholm", "Damberg", "Trafikverket").</summary>
    public const char Name = '§';

    /// <summary>Whether an entry with <paramref name="flags"/> is a word on its own as written: neither a linking
    /// form (<see cref="OnlyInCompound"/>) nor a stem needing a suffix (<see cref="NeedAffix"/>).</summary>
    public static bool IsFreeWord(string flags) => !flags.Contains(OnlyInCompound) && !flags.Contains(NeedAffix);
}
