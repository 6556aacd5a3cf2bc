using Lucene.Net.Tartarus.Snowball.Ext;

namespace SearchService.Core.Analysis;

/// <summary>
/// Swedish Snowball stemming made consistent. Snowball drops a final genitive <c>s</c> only from the
/// word as written, so "vårdplats" becomes "vårdplat" while "vårdplatser" loses "er" and keeps
/// "vårdplats"; and it never drops the neuter definite <c>-et</c>, so "behovet" stays apart from
/// "behov" and "läget" from "läge". Applying the s-rule (s in the R1 region after a valid s-ending)
/// and an et-rule (et in R1) to every stem until neither applies gives all forms of a word one term,
/// for every word rather than by a list of exceptions.
/// </summary>
internal sealed class SwedishStem
{
    private const string ValidSEndings = "bcdfghjklmnoprtvy";
    private readonly SwedishStemmer stemmer = new();

    /// <summary>The stem of a lower-case word. Not thread-safe: one instance per token stream.</summary>
    public string Of(string word)
    {
        stemmer.SetCurrent(word);
        stemmer.Stem();
        return Normalize(stemmer.Current);
    }

    /// <summary>Drops a final genitive s and definite et from a Snowball stem while they stand in R1.</summary>
    public static string Normalize(string stem)
    {
        while (true)
        {
            var regionOne = RegionOne(stem);
            var last = stem.Length - 1;
            if (last >= regionOne && stem[last] == 's' && ValidSEndings.Contains(stem[last - 1], StringComparison.Ordinal))
            {
                stem = stem[..last];
            }
            else if (last - 1 >= regionOne && stem.EndsWith("et", StringComparison.Ordinal))
            {
                stem = stem[..(last - 1)];
            }
            else
            {
                return stem;
            }
        }
    }

    // Snowball's R1: after the first non-vowel that follows a vowel, and at least 3 letters in.
    private static int RegionOne(string word)
    {
        for (var i = 1; i < word.Length; i++)
        {
            if (!SwedishLetters.IsVowel(word[i]) && SwedishLetters.IsVowel(word[i - 1]))
            {
                return Math.Max(3, i + 1);
            }
        }
        return word.Length;
    }
}
