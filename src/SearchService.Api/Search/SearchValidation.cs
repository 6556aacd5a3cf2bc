using SearchService.Core.Indexing;
using SearchService.Core.Search;

namespace SearchService.Api.Search;

/// <summary>Checks search parameters and turns them into a request, or into messages per parameter
/// for a 400 answer.</summary>
internal static class SearchValidation
{
    public const int MaxQueryLength = 500;
    public const int MaxPageSize = 100;
    public const int MaxResultWindow = 10_000;

    /// <summary>The request <paramref name="parameters"/> ask for, filtered on each of <paramref name="facets"/>
    /// whose parameter <paramref name="query"/> holds (checked by the facet's <see cref="MetadataFacet.Rule"/>);
    /// paging only from <see cref="SearchParameters"/>.</summary>
    public static (SearchRequest? Request, Dictionary<string, string[]> Errors) Validate(
        QueryParameters parameters, IEnumerable<MetadataFacet> facets, IQueryCollection query)
    {
        var paging = parameters as SearchParameters;
        var errors = new Dictionary<string, string[]>();
        var text = parameters.Q?.Trim() ?? "";
        if (text.Length == 0)
        {
            errors["q"] = ["Give something to search for, e.g. q=vårdplatser."];
        }
        else if (text.Length > MaxQueryLength)
        {
            errors["q"] = [$"The query is {text.Length} characters long; at most {MaxQueryLength} are allowed."];
        }
        else if (QueryTextRules.Problem(text) is { } problem)
        {
            errors["q"] = [problem];
        }

        var filters = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var facet in facets)
        {
            if (Filter(facet, query[facet.Field], errors) is { } value)
            {
                filters[facet.Field] = value;
            }
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
        var distinct = paging?.Distinct ?? false;
        if (distinct && !errors.ContainsKey("page") && !errors.ContainsKey("pageSize") && (long)page * pageSize > DistinctTexts.MaxDepth)
        {
            errors["page"] = [$"Distinct hits go {DistinctTexts.MaxDepth} deep: with distinct=true, page × pageSize must be at most {DistinctTexts.MaxDepth}."];
        }
        var order = Order(paging?.Sort, errors);
        return errors.Count > 0 ? (null, errors)
            : (new SearchRequest(text, Page: page, PageSize: pageSize, MarkParts: markParts, Filters: filters) { Order = order, Distinct = distinct }, errors);
    }

    // The order a sort parameter names (relevance when absent); another word adds a message under sort.
    private static SearchOrder Order(string? sort, Dictionary<string, string[]> errors)
    {
        if (sort is null || sort.Equals("relevance", StringComparison.OrdinalIgnoreCase))
        {
            return SearchOrder.Relevance;
        }
        if (sort.Equals("newest", StringComparison.OrdinalIgnoreCase))
        {
            return SearchOrder.Newest;
        }
        errors["sort"] = ["sort is \"relevance\" (best first, the default) or \"newest\" (newest document first)."];
        return SearchOrder.Relevance;
    }

    /// <summary>The canonical name of a region filter, or null; an unknown name adds a message under
    /// <c>region</c> to <paramref name="errors"/>.</summary>
    public static string? Region(string? value, Dictionary<string, string[]> errors) =>
        Filter(MetadataFacet.For(ParagraphFields.Region), value, errors);

    // The value to filter on (canonical, by the facet's rule), or null; a refused one adds its message under the parameter.
    private static string? Filter(MetadataFacet facet, string? value, Dictionary<string, string[]> errors)
    {
        var check = facet.Rule.Check(facet.Field, value);
        if (check.Problem is { } problem)
        {
            errors[facet.Field] = [problem];
        }
        return check.Value;
    }
}
