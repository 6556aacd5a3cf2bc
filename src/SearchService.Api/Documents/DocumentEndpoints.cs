using System.ComponentModel;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using SearchService.Api.Search;
using SearchService.Core.Search;

namespace SearchService.Api.Documents;

/// <summary>Whole documents, for reading a hit in context.</summary>
public static class DocumentEndpoints
{
    public static IEndpointRouteBuilder MapDocumentEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/documents").WithTags("Documents");
        group.MapGet("/{id}", GetDocument)
            .WithName("GetDocument")
            .WithSummary("A document's metadata and all its paragraphs in order.")
            .WithDescription("With `q`, every paragraph also carries `highlight` and `marks` for the query's words, marked exactly as in search hits.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return endpoints;
    }

    public static Results<Ok<DocumentView>, ValidationProblem, ProblemHttpResult> GetDocument(
        [Description("Document id, as `documentId` in search hits.")] string id,
        [FromQuery(Name = "q"), Description("Optional query whose words are marked in every paragraph, e.g. the search that found the hit.")] string? q,
        DocumentLookup documents,
        DocumentHighlighter highlighter)
    {
        if (!string.IsNullOrWhiteSpace(q) && SearchValidation.Validate(new SearchParameters { Q = q }).Errors.TryGetValue("q", out var queryErrors))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["q"] = queryErrors }, title: "The query cannot be marked.");
        }
        var document = documents.Find(id);
        if (document is null)
        {
            return TypedResults.Problem(new ProblemDetails { Status = StatusCodes.Status404NotFound, Title = "Document not found.", Detail = $"No document has id \"{id}\"." });
        }
        if (string.IsNullOrWhiteSpace(q))
        {
            return TypedResults.Ok(document);
        }
        try
        {
            return TypedResults.Ok(highlighter.Highlight(document, q.Trim()));
        }
        catch (QueryBuildException e)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["q"] = [e.Message] }, title: "The query cannot be marked.");
        }
    }
}
