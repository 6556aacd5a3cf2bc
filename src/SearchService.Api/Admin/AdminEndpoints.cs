using System.ComponentModel;
using Microsoft.AspNetCore.Http.HttpResults;
using SearchService.Api.Documents;
using SearchService.Api.Metrics;
using SearchService.Api.Security;
using SearchService.Core.Indexing;
using SearchService.Core.Search;

namespace SearchService.Api.Admin;

/// <summary>Index maintenance for operators; every endpoint needs the API key.</summary>
public static class AdminEndpoints
{
    public static IEndpointRouteBuilder MapAdminEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/admin").WithTags("Admin");
        group.MapPost("/reindex", Reindex)
            .WithName("Reindex")
            .WithSummary("Brings the index in step with Search:SourcePath: only new, changed and removed files, or everything with full=true.")
            .RequireApiKey()
            .CountsIndexingRun("reindex");
        return endpoints;
    }

    public static async Task<Results<Ok<UpdateReport>, ProblemHttpResult>> Reindex(
        DocumentStore store, ParagraphIndex index, CancellationToken cancellationToken,
        [Description("Rebuild the whole index instead of updating it.")] bool full = false)
    {
        try
        {
            var report = await store.ReindexAsync(full, cancellationToken);
            index.Refresh();
            return TypedResults.Ok(report);
        }
        catch (IndexBusyException e)
        {
            return DocumentEndpoints.Busy(e);
        }
        catch (Exception e) when (e is DirectoryNotFoundException or InvalidDataException)
        {
            return DocumentEndpoints.SourceUnusable(e);
        }
    }
}
