using System.Text.RegularExpressions;

namespace SearchService.Core.Documents.Readers.Pdf;

/// <summary>Joins the lines of a PDF paragraph. A word hyphenated at a line end is rejoined
/// ("vård-" + "platser" → "vårdplatser"); a real hyphen stays: a suspended compound
/// ("hälso-" + "och sjukvård" → "hälso- och sjukvård") and a hyphen after a capital or digit
/// ("EU-" + "medborgare" → "EU-medborgare", "2026-" + "2027").</summary>
internal static partial class LineJoiner
{
    public static string Join(string before, string after)
    {
        if (before.Length == 0)
        {
            return after;
        }
        if (after.Length == 0)
        {
            return before;
        }
        if (!before.EndsWith('-') || before.Length < 2 || before.EndsWith(" -", StringComparison.Ordinal))
        {
            return before + " " + after;
        }
        if (SuspendedCompound().IsMatch(after))
        {
            return before + " " + after;
        }
        var letterBefore = before[^2];
        return char.IsLower(letterBefore) && char.IsLower(after[0])
            ? before[..^1] + after
            : before + after;
    }

    // "hälso- och sjukvård", "kort- eller långsiktig", "barn- samt ungdomspsykiatri".
    [GeneratedRegex(@"^(och|eller|samt|resp\.?|respektive|till|som)\b")]
    private static partial Regex SuspendedCompound();
}
