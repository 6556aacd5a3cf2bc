using System.Globalization;
using System.Text.RegularExpressions;

namespace SearchService.Core.Documents;

/// <summary>Finds a document's date: the first full date (2023-06-13, or 13 juni 2023) near the
/// start, where letterheads and news items state it. Years alone ("budget 2025") are no date.</summary>
internal static partial class DateDetector
{
    private const int SearchWindow = 1500;

    private static readonly string[] Months =
        ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"];

    /// <summary>The document's date, or null when its opening states none.</summary>
    public static DateOnly? Detect(string text)
    {
        var head = text.Length > SearchWindow ? text[..SearchWindow] : text;
        foreach (Match match in IsoDate().Matches(head))
        {
            if (DateOnly.TryParseExact(match.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return date;
            }
        }
        foreach (Match match in SwedishDate().Matches(head))
        {
            var month = Array.IndexOf(Months, match.Groups["month"].Value.ToLowerInvariant()) + 1;
            var day = int.Parse(match.Groups["day"].Value, CultureInfo.InvariantCulture);
            var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
            if (day <= DateTime.DaysInMonth(year, month))
            {
                return new DateOnly(year, month, day);
            }
        }
        return null;
    }

    [GeneratedRegex(@"(?<!\d)(19|20)\d{2}-\d{2}-\d{2}(?!\d)")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"(?<!\d)(?<day>[1-9]|[12]\d|3[01])\s+(?<month>januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)\s+(?<year>(19|20)\d{2})(?!\d)", RegexOptions.IgnoreCase)]
    private static partial Regex SwedishDate();
}
