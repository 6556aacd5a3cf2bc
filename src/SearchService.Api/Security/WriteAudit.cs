using Microsoft.AspNetCore.Http.HttpResults;

namespace SearchService.Api.Security;

/// <summary>
/// One log line per request to an endpoint that changes the index, whatever its outcome (refused key,
/// bad file, success, crash): which write, which document, from which client, and the answer, as
/// structured fields (<c>Write</c>, <c>DocumentId</c>, <c>Client</c>, <c>Status</c>, <c>Outcome</c>) so a
/// log pipeline can filter and alert on them. Runs outside the key check so refused attempts are logged too.
/// </summary>
internal sealed class WriteAudit(ILoggerFactory loggers) : IEndpointFilter
{
    public const string Category = "SearchService.Audit";

    private readonly ILogger logger = loggers.CreateLogger(Category);

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var write = $"{http.Request.Method} {http.Request.Path}";
        var documentId = http.Request.RouteValues.TryGetValue("id", out var id) ? id?.ToString() : null;
        var client = http.Connection.RemoteIpAddress?.ToString() ?? "in-process";
        try
        {
            var result = await next(context);
            // A handler's Results<…> wraps the result it chose.
            var chosen = result;
            while (chosen is INestedHttpResult nested)
            {
                chosen = nested.Result;
            }
            var status = (chosen as IStatusCodeHttpResult)?.StatusCode ?? http.Response.StatusCode;
            var outcome = chosen switch
            {
                ProblemHttpResult problem => $"{problem.ProblemDetails.Title} {problem.ProblemDetails.Detail}".Trim(),
                ValidationProblem problem => problem.ProblemDetails.Title ?? "",
                _ => "done",
            };
            logger.Log(status >= 400 ? LogLevel.Warning : LogLevel.Information,
                "Write {Write} of {DocumentId} by {Client}: {Status} {Outcome}", write, documentId, client, status, outcome);
            return result;
        }
        catch (Exception e)
        {
            // The exception handler logs the stack trace and chooses the status; this line keeps the audit complete.
            logger.LogError("Write {Write} of {DocumentId} by {Client} failed: {Outcome}", write, documentId, client, e.GetType().Name);
            throw;
        }
    }
}
