namespace SearchService.Core.Analysis;

/// <summary>The Swedish vowels, for the rules that look at a word's letters: a stem's R1 region
/// (<see cref="SwedishStem"/>), whether a part has a vowel or a form ends in one (the decompounder and the lexicon).</summary>
internal static class SwedishLetters
{
    /// <summary>The lower-case vowels.</summary>
    public const string Vowels = "aeiouyåäö";

    /// <summary>Whether the lower-case <paramref name="letter"/> is a vowel.</summary>
    public static bool IsVowel(char letter) => Vowels.Contains(letter, StringComparison.Ordinal);
}
