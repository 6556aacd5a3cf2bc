using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
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
            .WithSummary("A document's metadata and all its paragraphs in order.");
        return endpoints;
    }

    public static Results<Ok<DocumentView>, ProblemHttpResult> GetDocument(string id, DocumentLookup documents)
    {
        var document = documents.Find(id);
        return document is null
            ? TypedResults.Problem(new ProblemDetails { Status = StatusCodes.Status404NotFound, Title = "Document not found.", Detail = $"No document has id \"{id}\"." })
            : TypedResults.Ok(document);
    }
}
