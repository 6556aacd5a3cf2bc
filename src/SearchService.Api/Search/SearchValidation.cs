using SearchService.Core.Documents;
using SearchService.Core.Search;

namespace SearchService.Api.Search;

/// <summary>Checks search parameters and turns them into a request, or into messages per parameter
/// for a 400 answer.</summary>
internal static class SearchValidation
{
    public const int MaxQueryLength = 500;
    public const int MaxPageSize = 100;
    public const int MaxResultWindow = 10_000;
    public const int MaxFilterLength = 200;
    public const int MinYear = 1900;
    public const int MaxYear = 2100;

    /// <summary>The request <paramref name="parameters"/> ask for; region only from <see cref="FilterParameters"/>,
    /// paging only from <see cref="SearchParameters"/>.</summary>
    public static (SearchRequest? Request, Dictionary<string, string[]> Errors) Validate(QueryParameters parameters)
    {
        var paging = parameters as SearchParameters;
        var errors = new Dictionary<string, string[]>();
        var query = parameters.Q?.Trim() ?? "";
        if (query.Length == 0)
        {
            errors["q"] = ["Give something to search for, e.g. q=vårdplatser."];
        }
        else if (query.Length > MaxQueryLength)
        {
            errors["q"] = [$"The query is {query.Length} characters long; at most {MaxQueryLength} are allowed."];
        }
        else if (QueryTextRules.Problem(query) is { } problem)
        {
            errors["q"] = [problem];
        }

        var region = Region((parameters as FilterParameters)?.Region, errors);
        var municipality = Municipality(parameters.Municipality, errors);

        var organisation = MetadataFilter(parameters.Organisation, "organisation", errors);
        var documentType = MetadataFilter(parameters.DocumentType, "documentType", errors);
        if (parameters.Year is { } year && year is < MinYear or > MaxYear)
        {
            errors["year"] = [$"year must be between {MinYear} and {MaxYear}."];
        }

        var page = paging?.Page ?? 1;
        var pageSize = paging?.PageSize ?? 10;
        if (page < 1)
        {
            errors["page"] = ["page starts at 1."];
        }
        if (pageSize is < 1 or > MaxPageSize)
        {
            errors["pageSize"] = [$"pageSize must be between 1 and {MaxPageSize}."];
        }
        else if (page >= 1 && (long)page * pageSize > MaxResultWindow)
        {
            errors["page"] = [$"Results go {MaxResultWindow} hits deep: page × pageSize must be at most {MaxResultWindow}. Narrow the query instead."];
        }
        var markParts = string.Equals(parameters.Highlight, "part", StringComparison.OrdinalIgnoreCase);
        if (!markParts && parameters.Highlight is { Length: > 0 } highlight && !string.Equals(highlight, "word", StringComparison.OrdinalIgnoreCase))
        {
            errors["highlight"] = ["highlight is \"word\" (mark whole words, the default) or \"part\" (mark the matched part of a compound)."];
        }
        return errors.Count > 0 ? (null, errors) : (new SearchRequest(query, region, page, pageSize, markParts, organisation, documentType, parameters.Year, municipality), errors);
    }

    /// <summary>The canonical name of a region filter, or null; an unknown name adds a message under
    /// <c>region</c> to <paramref name="errors"/>.</summary>
    public static string? Region(string? value, Dictionary<string, string[]> errors) =>
        Place(value, "region", SwedishRegions.Canonical, $"Use one of: {string.Join(", ", SwedishRegions.All.Select(r => r.Name))}.", errors);

    /// <summary>The canonical name of a municipality filter, or null; an unknown name adds a message
    /// under <c>municipality</c> to <paramref name="errors"/>.</summary>
    public static string? Municipality(string? value, Dictionary<string, string[]> errors) =>
        Place(value, "municipality", v => SwedishMunicipalities.Find(v)?.Name, "Use one of Sweden's 290 municipalities, e.g. Kiruna, Malmö, Umeå.", errors);

    private static string? Place(string? value, string name, Func<string, string?> canonical, string known, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        var place = canonical(value);
        if (place is null)
        {
            errors[name] = [$"Unknown {name} \"{Shown(value)}\". {known}"];
        }
        return place;
    }

    // Echo at most a short prefix of what was sent: the answer should not grow with the attack.
    private static string Shown(string value)
    {
        var cut = char.IsHighSurrogate(value[Math.Min(39, value.Length - 1)]) ? 39 : 40;
        return value.Length > cut ? value[..cut] + "…" : value;
    }

    private static string? MetadataFilter(string? value, string name, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        if (value.Length > MaxFilterLength || value.Any(char.IsControl))
        {
            errors[name] = [$"{name} must be at most {MaxFilterLength} characters without control characters."];
            return null;
        }
        return value.Trim();
    }
}
