using System.Text;
using System.Text.RegularExpressions;

namespace SearchService.Api.QueryAnalytics;

/// <summary>
/// Which queries may be kept, and in what form. A query is kept lower-cased, NFC-normalised and with its spaces
/// collapsed, so that "Vårdplatser " and "vårdplatser" count as one. A query that holds what looks like a Swedish
/// personal identity number or co-ordination number (10 or 12 digits, with or without a <c>-</c>, <c>+</c> or space
/// before the last four: 19900101-1234, 900101-1234, 9001011234, 900161+1234) or an e-mail address is never kept,
/// only counted as withheld. The test is deliberately wide (a 10-digit phone number is withheld too).
/// </summary>
public static partial class QueryPrivacy
{
    /// <summary>The form of <paramref name="query"/> to keep; null when it must not be kept.</summary>
    public static string? Keepable(string query)
    {
        if (IdentityNumber().IsMatch(query) || EmailAddress().IsMatch(query))
        {
            return null;
        }
        var normalised = Spaces().Replace(query.Normalize(NormalizationForm.FormC), " ").Trim().ToLowerInvariant();
        return normalised.Length == 0 ? null : normalised;
    }

    [GeneratedRegex(@"(?<!\d)(\d{2})?\d{6}[-+\s]?\d{4}(?!\d)")]
    private static partial Regex IdentityNumber();

    [GeneratedRegex(@"[^\s@]+@[^\s@]+")]
    private static partial Regex EmailAddress();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
