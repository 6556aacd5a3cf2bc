using System.Diagnostics;
using Microsoft.Extensions.Logging.Console;

namespace SearchService.Api.Hosting;

/// <summary>
/// Logs an operator can search. <c>Logging:Console:FormatterName=json</c> (the framework's JSON console format)
/// writes one JSON object per line with the message's fields under <c>State</c> and, set here, the request's scopes
/// (<c>TraceId</c>, <c>SpanId</c>, <c>RequestId</c>, <c>RequestPath</c>) and a UTC timestamp. A ProblemDetails answer's
/// <c>traceId</c> is that same W3C trace id, so the answer a caller reports finds its log lines.
/// </summary>
internal static class StructuredLogging
{
    public const string TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";

    public static WebApplicationBuilder AddStructuredLogging(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<JsonConsoleFormatterOptions>(o =>
        {
            o.IncludeScopes = true;
            o.UseUtcTimestamp = true;
            o.TimestampFormat = TimestampFormat;
        });
        builder.Services.AddOptions<ProblemDetailsOptions>().PostConfigure(o =>
        {
            var customize = o.CustomizeProblemDetails;
            o.CustomizeProblemDetails = context =>
            {
                customize?.Invoke(context);
                context.ProblemDetails.Extensions["traceId"] = TraceId(context.HttpContext);
            };
        });
        return builder;
    }

    /// <summary>The request's W3C trace id as the logs' <c>TraceId</c> scope writes it, else ASP.NET Core's request id.</summary>
    public static string TraceId(HttpContext context) =>
        Activity.Current is { } activity ? activity.TraceId.ToHexString() : context.TraceIdentifier;
}
