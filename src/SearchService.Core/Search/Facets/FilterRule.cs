using System.Globalization;

namespace SearchService.Core.Search.Facets;

/// <summary>How a filter value sent by a client is checked and made canonical: the rule a facet's
/// descriptor carries, so the API validates every facet from the one list.</summary>
public sealed class FilterRule
{
    /// <summary>Longest free-text filter value.</summary>
    public const int MaxLength = 200;

    private readonly Func<string, string, FilterCheck> check;

    private FilterRule(Func<string, string, FilterCheck> check, bool isYear)
    {
        this.check = check;
        IsYear = isYear;
    }

    /// <summary>Whether values are whole years (an integer parameter in the API's description).</summary>
    public bool IsYear { get; }

    /// <summary>Free text (organisation, document type …): trimmed, at most <see cref="MaxLength"/>
    /// characters, no control characters.</summary>
    public static FilterRule Text { get; } = new(
        (name, value) => value.Length > MaxLength || value.Any(char.IsControl)
            ? FilterCheck.Refused($"{name} must be at most {MaxLength} characters without control characters.")
            : FilterCheck.Accepted(value.Trim()),
        isYear: false);

    /// <summary>A year between <paramref name="min"/> and <paramref name="max"/>.</summary>
    public static FilterRule Year(int min, int max) => new(
        (name, value) => int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var year) && year >= min && year <= max
            ? FilterCheck.Accepted(year.ToString(CultureInfo.InvariantCulture))
            : FilterCheck.Refused($"{name} must be between {min} and {max}."),
        isYear: true);

    /// <summary>A place written as people write it, made canonical by <paramref name="canonical"/>
    /// (null for an unknown one); <paramref name="known"/> tells the client what is known.</summary>
    public static FilterRule Place(Func<string, string?> canonical, string known) => new(
        (name, value) => canonical(value) is { } place ? FilterCheck.Accepted(place) : FilterCheck.Refused($"Unknown {name} \"{Shown(value)}\". {known}"),
        isYear: false);

    /// <summary>The canonical value of <paramref name="value"/> for the filter parameter
    /// <paramref name="name"/>, or why it is refused; a blank value is no filter.</summary>
    public FilterCheck Check(string name, string? value) =>
        string.IsNullOrWhiteSpace(value) ? FilterCheck.Accepted(null) : check(name, value);

    // Echo at most a short prefix of what was sent: the answer should not grow with the attack.
    private static string Shown(string value)
    {
        var cut = char.IsHighSurrogate(value[Math.Min(39, value.Length - 1)]) ? 39 : 40;
        return value.Length > cut ? value[..cut] + "…" : value;
    }
}

/// <summary>What <see cref="FilterRule.Check"/> made of a value.</summary>
/// <param name="Value">The canonical value to filter on; null when there is no filter or it is refused.</param>
/// <param name="Problem">Why the value is refused, or null.</param>
public readonly record struct FilterCheck(string? Value, string? Problem)
{
    internal static FilterCheck Accepted(string? value) => new(value, null);

    internal static FilterCheck Refused(string problem) => new(null, problem);
}
