using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using SearchService.Api.Documents;
using SearchService.Api.Metrics;
using SearchService.Api.Search;
using SearchService.Api.Security;
using SearchService.Cluster;
using SearchService.Cluster.Coordination;
using SearchService.Cluster.Ingest;
using SearchService.Cluster.Serving;
using SearchService.Core.Indexing;
using SearchService.Core.Search;
using SearchService.Core.Search.Facets;
using SearchService.Core.Search.Queries;

namespace SearchService.Api.Cluster;

/// <summary>The endpoints of a cluster role: the coordinator's public search, region comparison and document writes, and every role's <c>/health</c>.
/// The coordinator maps the single node's own endpoint groups for the rest (documents, follow, analyze, facets, analytics).</summary>
internal static class ClusterEndpoints
{
    // NATS refuses messages over its max_payload (1 MiB by default); the write travels as JSON with base64 content.
    private const long MaxUploadBytes = 700 * 1024;

    public static IEndpointRouteBuilder MapClusterEndpoints(this IEndpointRouteBuilder endpoints, string role)
    {
        if (role == "coordinator")
        {
            endpoints.MapGet("/api/search", Search).WithTags("Search").WithName("Search").FiltersOnFacets().CountsSearches();
            endpoints.MapGet("/api/regions", CompareRegions).WithTags("Regions").WithName("CompareRegions").FiltersOnFacets(except: ParagraphFields.Region);
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
    public static Task<Results<ShardedAnswer<SearchResult>, ValidationProblem>> Search([AsParameters] SearchParameters parameters, ScatterGather shards, IOptions<JsonOptions> json, HttpContext http, CancellationToken cancellation) =>
        AnswerAsync(parameters, http, json, "The search request is not valid.", request => shards.SearchAsync(request, cancellation));

    /// <summary>The single node's region comparison, merged from the shards, plus what <see cref="Search"/> adds.</summary>
    public static Task<Results<ShardedAnswer<RegionComparisonResult>, ValidationProblem>> CompareRegions([AsParameters] QueryParameters parameters, ScatterGather shards, IOptions<JsonOptions> json, HttpContext http, CancellationToken cancellation) =>
        AnswerAsync(parameters, http, json, "The comparison request is not valid.", request => shards.CompareRegionsAsync(request, cancellation));

    // Validated as the single node validates (the endpoint's facet filters); 400 naming the parameter.
    private static Task<Results<ShardedAnswer<T>, ValidationProblem>> AnswerAsync<T>(QueryParameters parameters, HttpContext http, IOptions<JsonOptions> json,
        string invalid, Func<SearchRequest, Task<ShardedResult<T>>> answer) where T : class =>
        SearchEndpoints.AnswerAsync(parameters, http, invalid, async request =>
        {
            var sharded = await answer(request);
            return sharded.QueryError is { } error ? throw new QueryBuildException(error) : new ShardedAnswer<T>(sharded, json.Value.SerializerOptions);
        });

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
