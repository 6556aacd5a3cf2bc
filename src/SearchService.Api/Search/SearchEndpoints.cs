using Microsoft.AspNetCore.Http.HttpResults;
using SearchService.Api.Hosting;
using SearchService.Api.Metrics;
using SearchService.Core.Search;
using SearchService.Core.Search.Queries;

namespace SearchService.Api.Search;

/// <summary>The public search API.</summary>
public static class SearchEndpoints
{
    public static IEndpointRouteBuilder MapSearchEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/search").WithTags("Search");
        group.MapGet("/", Search)
            .WithName("Search")
            .WithSummary("Ranked paragraphs matching a query, highlighted, with region, organisation, documentType and year counts.")
            .WithDescription("Paragraphs are ranked with Lucene's TF-IDF over their text, with the section heading and document title as weaker fields. Every matched word is marked in `highlight` and `snippet` (HTML-escaped text with <mark>) and listed in `marks`.")
            .FiltersOnFacets()
            .CountsSearches();
        return endpoints;
    }

    public static Results<WholeJsonResult<SearchResult>, ValidationProblem> Search([AsParameters] SearchParameters parameters, ParagraphSearcher searcher, HttpContext http) =>
        Answer(parameters, http, "The search request is not valid.", request => new WholeJsonResult<SearchResult>(searcher.Search(request)));

    /// <summary>What <paramref name="answer"/> makes of the valid request; 400 naming the parameter when
    /// the request is not valid or its query holds nothing searchable.</summary>
    internal static Results<TResult, ValidationProblem> Answer<TResult>(QueryParameters parameters, HttpContext http, string invalid, Func<SearchRequest, TResult> answer)
        where TResult : IResult
    {
        var (request, problem) = Validate(parameters, http, invalid);
        if (request is null)
        {
            return problem!;
        }
        try
        {
            return answer(request);
        }
        catch (QueryBuildException e)
        {
            return Unsearchable(e.Message);
        }
    }

    /// <summary><see cref="Answer"/> for an answer that waits (on a cluster's shards, say).</summary>
    internal static async Task<Results<TResult, ValidationProblem>> AnswerAsync<TResult>(QueryParameters parameters, HttpContext http, string invalid, Func<SearchRequest, Task<TResult>> answer)
        where TResult : IResult
    {
        var (request, problem) = Validate(parameters, http, invalid);
        if (request is null)
        {
            return problem!;
        }
        try
        {
            return await answer(request);
        }
        catch (QueryBuildException e)
        {
            return Unsearchable(e.Message);
        }
    }

    /// <summary>The valid request, or the 400 titled <paramref name="invalid"/> naming the parameter. The endpoint's
    /// facet filters (<see cref="FacetFilterParameters"/>) are read from the query string.</summary>
    internal static (SearchRequest? Request, ValidationProblem? Problem) Validate(QueryParameters parameters, HttpContext http, string invalid)
    {
        var facets = http.GetEndpoint()?.Metadata.GetMetadata<FacetFilterParameters>()?.Of(http.RequestServices) ?? [];
        var (request, errors) = SearchValidation.Validate(parameters, facets, http.Request.Query);
        return request is null ? (null, TypedResults.ValidationProblem(errors, title: invalid)) : (request, null);
    }

    /// <summary>The 400 for a query that holds nothing searchable.</summary>
    internal static ValidationProblem Unsearchable(string reason) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["q"] = [reason] }, title: "The query cannot be searched.");
}
