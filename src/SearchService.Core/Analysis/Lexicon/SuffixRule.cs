namespace SearchService.Core.Analysis.Lexicon;

/// <summary>A Hunspell suffix rule: an entry with flag <paramref name="Class"/> whose end matches
/// <paramref name="Condition"/> loses <paramref name="Strip"/> and gains <paramref name="Add"/>; the
/// form made carries the <paramref name="Continuation"/> flags (the Swedish dictionary uses them to
/// mark linking forms: "sjukvård" + "s" may begin or sit inside a compound, never stand alone).</summary>
public sealed record SuffixRule(char Class, string Strip, string Add, string Condition, string Continuation)
{
    private readonly HunspellCondition condition = new(Condition);

    /// <summary>Whether the rule applies to the entry <paramref name="stem"/>.</summary>
    public bool AppliesTo(ReadOnlySpan<char> stem) => stem.EndsWith(Strip, StringComparison.Ordinal) && condition.MatchesEnd(stem);

    /// <summary>Whether the rule marks a form that only occurs inside compounds.</summary>
    public bool MakesBoundForm => Continuation.Contains(LexiconFlags.OnlyInCompound, StringComparison.Ordinal);
}
