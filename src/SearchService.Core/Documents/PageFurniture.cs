using System.Text.RegularExpressions;

namespace SearchService.Core.Documents;

/// <summary>Recognises text that belongs to the page rather than the content: letterhead and running
/// page headers (Datum, Diarienummer …), bare dates, page numbers and by-lines.</summary>
internal static partial class PageFurniture
{
    /// <summary>Whether the run of lines is furniture. <paramref name="repeats"/> tells how often the
    /// same run occurs in the document; a short multi-line run seen more than once is a running header.</summary>
    public static bool Is(IReadOnlyList<string> cleanedLines, int repeats)
    {
        var joined = string.Join(' ', cleanedLines);
        if (LetterheadLabel().IsMatch(cleanedLines[0]) && cleanedLines.Count <= 6 && joined.Length <= 200)
        {
            return true;
        }
        if (DateOnly().IsMatch(joined) || PageNumber().IsMatch(joined))
        {
            return true;
        }
        return cleanedLines.Count > 1 && joined.Length <= 100 && repeats > 1;
    }

    // Labels of Swedish letterheads and page headers; "Darienummer" is a misspelling seen in real replies.
    [GeneratedRegex(@"^(handläggare|datum|ert datum|vårt datum|diarienummer|darienummer|dnr|er beteckning|vår beteckning|beteckning|textansvarig|publicerad|senast (uppdaterad|ändrad))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LetterheadLabel();

    [GeneratedRegex(@"^\[?\d{4}-\d{2}-\d{2}\]?$")]
    private static partial Regex DateOnly();

    [GeneratedRegex(@"^(sida\s+)?\d{1,4}(\s*(av|/)\s*\d{1,4})?$", RegexOptions.IgnoreCase)]
    private static partial Regex PageNumber();
}
