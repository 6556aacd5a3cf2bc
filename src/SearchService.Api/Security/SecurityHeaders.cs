using Microsoft.Net.Http.Headers;

namespace SearchService.Api.Security;

/// <summary>
/// Headers on every response, set as it starts so that error pages, 404s and 429s carry them too:
/// <list type="bullet">
/// <item><c>X-Content-Type-Options: nosniff</c> and <c>Referrer-Policy: strict-origin-when-cross-origin</c> (a query in
/// our URL never reaches another site).</item>
/// <item>A Content-Security-Policy: for HTML pages only our own scripts, styles, images (and data: images) and API
/// calls; for everything else (JSON, scripts) nothing at all may load or frame it. The API reference under
/// <see cref="RelaxedPaths"/> also gets the inline styles its script sets, and data: fonts; nothing from elsewhere.</item>
/// <item><c>Cache-Control: no-store</c> on API and health answers unless the endpoint chose otherwise: results change
/// with every re-index and cost milliseconds, so a stale cached answer is worse than a recomputed one.</item>
/// </list>
/// </summary>
internal static class SecurityHeaders
{
    public const string FrameAncestorsKey = "Security:FrameAncestors";

    // The widget is a script and a custom element in the host's own page, not an iframe, so no other site
    // needs to frame our pages; an operator who wants to frame them lists those origins in Security:FrameAncestors.
    public const string DefaultFrameAncestors = "'self'";

    public const string NonHtmlPolicy = "default-src 'none'; frame-ancestors 'none'";

    public static readonly string[] RelaxedPaths = ["/docs", "/scalar"];

    public static string PagePolicy(string frameAncestors) =>
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; " +
        $"object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors {frameAncestors}";

    // Everything the reference loads comes from this service (the Scalar package's files); Scalar sets styles
    // from its script, which style-src must allow, and uses data: images and fonts.
    public static string ReferencePolicy(string frameAncestors) =>
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; " +
        $"img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors {frameAncestors}";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app)
    {
        var configured = app.ApplicationServices.GetRequiredService<IConfiguration>()[FrameAncestorsKey];
        var frameAncestors = string.IsNullOrWhiteSpace(configured) ? DefaultFrameAncestors : configured;
        var pagePolicy = PagePolicy(frameAncestors);
        var referencePolicy = ReferencePolicy(frameAncestors);
        return app.Use(async (context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var request = context.Request;
                var headers = context.Response.Headers;
                headers.XContentTypeOptions = "nosniff";
                headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
                var isHtml = context.Response.ContentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) == true;
                headers.ContentSecurityPolicy = !isHtml ? NonHtmlPolicy
                    : RelaxedPaths.Any(p => request.Path.StartsWithSegments(p)) ? referencePolicy
                    : pagePolicy;
                if ((request.Path.StartsWithSegments("/api") || request.Path.StartsWithSegments("/health"))
                    && !headers.ContainsKey(HeaderNames.CacheControl))
                {
                    headers.CacheControl = "no-store";
                }
                return Task.CompletedTask;
            });
            await next(context);
        });
    }
}
