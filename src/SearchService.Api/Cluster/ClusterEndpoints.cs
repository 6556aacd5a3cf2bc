using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using SearchService.Api.Documents;
using SearchService.Api.Search;
using SearchService.Api.Security;
using SearchService.Cluster;
using SearchService.Cluster.Coordination;
using SearchService.Cluster.Ingest;
using SearchService.Cluster.Serving;
using SearchService.Core.Indexing;

namespace SearchService.Api.Cluster;

/// <summary>The endpoints of a cluster role: the coordinator's public search and document writes, and every role's <c>/health</c>.</summary>
internal static class ClusterEndpoints
{
    // NATS refuses messages over its max_payload (1 MiB by default); the write travels as JSON with base64 content.
    private const long MaxUploadBytes = 700 * 1024;

    public static IEndpointRouteBuilder MapClusterEndpoints(this IEndpointRouteBuilder endpoints, string role)
    {
        if (role == "coordinator")
        {
            endpoints.MapGet("/api/search", Search).WithTags("Search").WithName("Search").FiltersOnFacets();
            endpoints.MapGet("/health", CoordinatorHealth).WithTags("Health");
            var documents = endpoints.MapGroup("/api/documents").WithTags("Documents");
            documents.MapPut("/{id}", PutDocument).DisableAntiforgery().RequireApiKey();
            documents.MapDelete("/{id}", DeleteDocument).RequireApiKey();
        }
        else if (role == "replica")
        {
            endpoints.MapGet("/health", (ShardReplica replica, IOptions<JsonOptions> _) => TypedResults.Ok(new { status = replica.Loaded.IsCompleted ? "healthy" : "loading", role, generation = replica.Generation }));
        }
        else
        {
            endpoints.MapGet("/health", () => TypedResults.Ok(new { status = "healthy", role }));
        }
        return endpoints;
    }

    /// <summary>The single node's answer, merged from the shards, plus <c>partial</c>, <c>missingShards</c> and
    /// the <c>generations</c> that answered.</summary>
    public static async Task<Results<ContentHttpResult, ValidationProblem>> Search([AsParameters] SearchParameters parameters, ScatterGather shards, IOptions<JsonOptions> json, HttpContext http, CancellationToken cancellation)
    {
        var facets = http.GetEndpoint()?.Metadata.GetMetadata<FacetFilterParameters>()?.Of(http.RequestServices) ?? [];
        var (request, errors) = SearchValidation.Validate(parameters, facets, http.Request.Query);
        if (request is null)
        {
            return TypedResults.ValidationProblem(errors, title: "The search request is not valid.");
        }
        var answer = await shards.SearchAsync(request, cancellation);
        if (answer.QueryError is not null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["q"] = [answer.QueryError] }, title: "The query cannot be searched.");
        }
        var body = JsonSerializer.SerializeToNode(answer.Result, json.Value.SerializerOptions)!.AsObject();
        body["partial"] = answer.Partial;
        body["missingShards"] = JsonSerializer.SerializeToNode(answer.MissingShards, json.Value.SerializerOptions);
        body["generations"] = JsonSerializer.SerializeToNode(answer.Generations, json.Value.SerializerOptions);
        return TypedResults.Content(body.ToJsonString(json.Value.SerializerOptions), "application/json; charset=utf-8");
    }

    public static async Task<Ok<object>> CoordinatorHealth(ClusterHealth health, CancellationToken cancellation)
    {
        var shards = await health.ReadAsync(cancellation);
        var complete = shards.All(s => s.Replicas.Any(r => r.Serving));
        return TypedResults.Ok<object>(new { status = complete ? "healthy" : "degraded", role = "coordinator", shards });
    }

    public static async Task<Results<Accepted, ProblemHttpResult>> PutDocument(string id, HttpRequest request, IngestPublisher publisher, CancellationToken cancellation)
    {
        if (!DocumentStore.IsValidId(id))
        {
            return DocumentUpload.Problem(StatusCodes.Status400BadRequest, "The document id is not valid.", "Use up to 128 letters, digits, '_', '-' and '.' (not first).");
        }
        var (upload, problem) = await DocumentUpload.ReadAsync(request, MaxUploadBytes, cancellation);
        if (upload is null)
        {
            return problem!;
        }
        var write = new DocumentWrite(id, id + upload.Extension, upload.Content,
            upload.Metadata is null ? null : Core.Documents.MetadataSidecar.Serialize(upload.Metadata), Deleted: false);
        return await PublishAsync(publisher, write, cancellation);
    }

    public static async Task<Results<Accepted, ProblemHttpResult>> DeleteDocument(string id, IngestPublisher publisher, CancellationToken cancellation)
    {
        if (!DocumentStore.IsValidId(id))
        {
            return DocumentUpload.Problem(StatusCodes.Status400BadRequest, "The document id is not valid.", "Use up to 128 letters, digits, '_', '-' and '.' (not first).");
        }
        return await PublishAsync(publisher, new DocumentWrite(id, null, null, null, Deleted: true), cancellation);
    }

    // Accepted, not done: the shard's writer applies the write within seconds, and every replica follows.
    private static async Task<Results<Accepted, ProblemHttpResult>> PublishAsync(IngestPublisher publisher, DocumentWrite write, CancellationToken cancellation)
    {
        try
        {
            await publisher.PublishAsync(write, cancellation);
            return TypedResults.Accepted((string?)null);
        }
        catch (IngestUnavailableException e)
        {
            return DocumentUpload.Problem(StatusCodes.Status503ServiceUnavailable, "The ingest log is unavailable.", e.Message);
        }
    }
}
