using System.ComponentModel;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using SearchService.Api.Metrics;
using SearchService.Api.Search;
using SearchService.Api.Security;
using SearchService.Core.Documents;
using SearchService.Core.Documents.Readers;
using SearchService.Core.Indexing;
using SearchService.Core.Search;
using SearchService.Core.Search.Documents;
using SearchService.Core.Search.Queries;

namespace SearchService.Api.Documents;

/// <summary>Whole documents: read one in context, list them, and (with the API key) put or delete one.</summary>
public static class DocumentEndpoints
{
    public const int MaxListPageSize = 1000;

    public static IEndpointRouteBuilder MapDocumentEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapDocumentReads();
        group.MapPut("/{id}", PutDocument)
            .WithName("PutDocument")
            .WithSummary("Adds or replaces a document from a file upload (PDF, DOCX, HTML, TXT, MD) or JSON text; searchable when the call returns.")
            .WithDescription("Send either multipart/form-data with the file in a part named `file` (the name's extension says the format and the content must confirm it) and optional metadata fields `title`, `region`, `organisation`, `documentType`, `date`, `sourceUrl`; or application/json shaped like DocumentTextRequest. The document is written to the source folder (so a rebuild keeps it) and indexed; 201 when new, 200 when replaced.")
            .DisableAntiforgery()
            .RequireApiKey()
            .CountsIndexingRun("put");
        group.MapDelete("/{id}", DeleteDocument)
            .WithName("DeleteDocument")
            .WithSummary("Removes a document from the index and the source folder.")
            .RequireApiKey()
            .CountsIndexingRun("delete");
        return endpoints;
    }

    /// <summary>Maps reading documents and their list (a single node's or a cluster coordinator's, by the
    /// <see cref="IIndexedDocuments"/> registered); the group, for the writes.</summary>
    public static RouteGroupBuilder MapDocumentReads(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/documents").WithTags("Documents");
        group.MapGet("/", ListDocuments)
            .WithName("ListDocuments")
            .WithSummary("The indexed documents with their metadata and paragraph counts, filtered by region, organisation and document type.");
        group.MapGet("/{id}", GetDocument)
            .WithName("GetDocument")
            .WithSummary("A document's metadata and a page of its paragraphs in order.")
            .WithDescription("`paragraphCount` paragraphs in all; ask for the next page with `from` (1-based position) and `count` (1–1000, 200 by default). With `q`, every paragraph also carries `highlight` and `marks` for the query's words, marked exactly as in search hits.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }

    public static async Task<Results<Ok<DocumentView>, ValidationProblem, ProblemHttpResult>> GetDocument(
        [Description("Document id, as `documentId` in search hits.")] string id,
        [FromQuery(Name = "q"), Description("Optional query whose words are marked in every paragraph, e.g. the search that found the hit.")] string? q,
        IIndexedDocuments documents,
        CancellationToken cancellation,
        [FromQuery(Name = "from"), Description("Position (1-based, in document order) of the first paragraph to return.")] int from = 1,
        [FromQuery(Name = "count"), Description("Paragraphs to return, 1 to 1000.")] int count = DocumentLookup.DefaultPageSize)
    {
        if (ValidateDocumentRequest(q, from, count) is { } invalid)
        {
            return invalid;
        }
        var (document, queryError) = await documents.FindAsync(id, from, count, string.IsNullOrWhiteSpace(q) ? null : q.Trim(), cancellation);
        return queryError is not null
            ? TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["q"] = [queryError] }, title: "The query cannot be marked.")
            : document is null
            ? TypedResults.Problem(new ProblemDetails { Status = StatusCodes.Status404NotFound, Title = "Document not found.", Detail = $"No document has id \"{id}\"." })
            : TypedResults.Ok(document);
    }

    /// <summary>The 400 for a document request's parameters (<c>q</c>, <c>from</c>, <c>count</c>); null when they are valid.</summary>
    private static ValidationProblem? ValidateDocumentRequest(string? q, int from, int count)
    {
        var errors = new Dictionary<string, string[]>();
        if (!string.IsNullOrWhiteSpace(q) && SearchValidation.Validate(new SearchParameters { Q = q }, [], QueryCollection.Empty).Errors.TryGetValue("q", out var queryErrors))
        {
            errors["q"] = queryErrors;
        }
        if (from < 1)
        {
            errors["from"] = ["from starts at 1."];
        }
        if (count is < 1 or > DocumentLookup.MaxPageSize)
        {
            errors["count"] = [$"count must be between 1 and {DocumentLookup.MaxPageSize}."];
        }
        return errors.Count > 0
            ? TypedResults.ValidationProblem(errors, title: errors.ContainsKey("q") ? "The query cannot be marked." : "The document request is not valid.")
            : null;
    }

    public static async Task<Results<Ok<DocumentList>, ValidationProblem>> ListDocuments(
        IIndexedDocuments documents,
        CancellationToken cancellation,
        [Description("Only documents about this region.")] string? region = null,
        [Description("Only documents from this organisation (any case).")] string? organisation = null,
        [Description("Only documents of this type (any case).")] string? documentType = null,
        [Description("1-based page.")] int page = 1,
        [Description("Documents per page, 1 to 1000.")] int pageSize = 100)
    {
        var errors = new Dictionary<string, string[]>();
        var canonical = SearchValidation.Region(region, errors);
        if (page < 1)
        {
            errors["page"] = ["page starts at 1."];
        }
        if (pageSize is < 1 or > MaxListPageSize)
        {
            errors["pageSize"] = [$"pageSize must be between 1 and {MaxListPageSize}."];
        }
        return errors.Count > 0
            ? TypedResults.ValidationProblem(errors, title: "The document list request is not valid.")
            : TypedResults.Ok(await documents.ListAsync(canonical, organisation, documentType, page, pageSize, cancellation));
    }

    public static async Task<Results<Created<DocumentView>, Ok<DocumentView>, ProblemHttpResult>> PutDocument(
        string id, HttpRequest request, DocumentStore store, ParagraphIndex index, DocumentLookup documents,
        IOptions<DocumentOptions> options, CancellationToken cancellationToken)
    {
        if (!DocumentStore.IsValidId(id))
        {
            return InvalidId(id);
        }
        var (upload, problem) = await DocumentUpload.ReadAsync(request, options.Value.MaxUploadBytes, cancellationToken);
        if (upload is null)
        {
            return problem!;
        }
        DocumentStore.PutResult result;
        try
        {
            result = await store.PutAsync(id, upload.Extension, upload.Content, upload.Metadata, cancellationToken);
        }
        catch (UnreadableDocumentException e)
        {
            return e.IsUnsupportedFormat
                ? DocumentUpload.Problem(StatusCodes.Status415UnsupportedMediaType, "Unsupported document.", e.Message)
                : DocumentUpload.Problem(StatusCodes.Status422UnprocessableEntity, "The document cannot be read.", e.Message);
        }
        catch (IndexBusyException e)
        {
            return Busy(e);
        }
        catch (WriteNotAppliedException e)
        {
            return NotApplied(e);
        }
        catch (Exception e) when (e is DirectoryNotFoundException or InvalidDataException)
        {
            return SourceUnusable(e);
        }
        index.Refresh();
        var view = documents.Find(id)!;
        return result.Created ? TypedResults.Created($"/api/documents/{id}", view) : TypedResults.Ok(view);
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> DeleteDocument(
        string id, DocumentStore store, ParagraphIndex index, CancellationToken cancellationToken)
    {
        if (!DocumentStore.IsValidId(id))
        {
            return InvalidId(id);
        }
        try
        {
            if (await store.DeleteAsync(id, cancellationToken) is null)
            {
                return TypedResults.Problem(new ProblemDetails { Status = StatusCodes.Status404NotFound, Title = "Document not found.", Detail = $"No document has id \"{id}\"." });
            }
        }
        catch (IndexBusyException e)
        {
            return Busy(e);
        }
        catch (WriteNotAppliedException e)
        {
            return NotApplied(e);
        }
        catch (Exception e) when (e is DirectoryNotFoundException or InvalidDataException)
        {
            return SourceUnusable(e);
        }
        index.Refresh();
        return TypedResults.NoContent();
    }

    internal static ProblemHttpResult Busy(IndexBusyException e) =>
        DocumentUpload.Problem(StatusCodes.Status409Conflict, "The index is being written by another process.", e.Message);

    // A takedown that did not take: the caller must not be told it worked (the files were put back as they were).
    private static ProblemHttpResult NotApplied(WriteNotAppliedException e) =>
        DocumentUpload.Problem(StatusCodes.Status409Conflict, "The index did not take the change.", e.Message);

    // The configured source folder is missing or its metadata.json is invalid: the server's problem, stated plainly.
    internal static ProblemHttpResult SourceUnusable(Exception e) =>
        DocumentUpload.Problem(StatusCodes.Status503ServiceUnavailable, "The source folder cannot be indexed.", e.Message);

    private static ProblemHttpResult InvalidId(string id) =>
        TypedResults.Problem(new HttpValidationProblemDetails(new Dictionary<string, string[]>
        {
            ["id"] = [$"\"{id}\" is not a valid document id: use 1–128 letters, digits, '_', '-' or '.', not starting with '.'."],
        })
        { Status = StatusCodes.Status400BadRequest, Title = "The document id is not valid." });
}
