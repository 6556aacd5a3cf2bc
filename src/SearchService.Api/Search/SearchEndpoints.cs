using Microsoft.AspNetCore.Http.HttpResults;
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
            .CountsSearches();
        return endpoints;
    }

    public static Results<Ok<SearchResult>, ValidationProblem> Search([AsParameters] SearchParameters parameters, ParagraphSearcher searcher) =>
        Answer(parameters, "The search request is not valid.", request => TypedResults.Ok(searcher.Search(request)));

    /// <summary>What <paramref name="answer"/> makes of the valid request; 400 naming the parameter when
    /// the request is not valid or its query holds nothing searchable.</summary>
    internal static Results<TResult, ValidationProblem> Answer<TResult>(QueryParameters parameters, string invalid, Func<SearchRequest, TResult> answer)
        where TResult : IResult
    {
        var (request, errors) = SearchValidation.Validate(parameters);
        if (request is null)
        {
            return TypedResults.ValidationProblem(errors, title: invalid);
        }
        try
        {
            return answer(request);
        }
        catch (QueryBuildException e)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["q"] = [e.Message] }, title: "The query cannot be searched.");
        }
    }
}
