using SearchService.Api.Security;

namespace SearchService.Api.Hosting;

/// <summary>What makes the service safe to expose: client addresses, security headers, strict query
/// strings, rate limits and a bounded graceful shutdown.</summary>
internal static class PublicSafety
{
    public const string ShutdownTimeoutKey = "Hosting:ShutdownTimeoutSeconds";

    public static WebApplicationBuilder AddPublicSafety(this WebApplicationBuilder builder)
    {
        builder.Services.AddClientAddress(builder.Configuration);
        builder.Services.AddClientRateLimiter();
        // On SIGTERM Kestrel stops accepting and lets requests in flight finish for this long.
        var seconds = builder.Configuration.GetValue<double?>(ShutdownTimeoutKey) ?? 30;
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(seconds));
        return builder;
    }

    /// <summary>First in the pipeline, so every response (errors and preflights included) carries the headers.</summary>
    public static WebApplication UseResponseSafety(this WebApplication app)
    {
        app.UseClientAddress();
        app.UseSecurityHeaders();
        return app;
    }

    /// <summary>After CORS, so a browser widget can read a 400 or 429 answer; the rate limit weighted by each
    /// request's work.</summary>
    public static WebApplication UseRequestGuards(this WebApplication app)
    {
        app.UseQueryStringEncodingGuard();
        app.UseRateLimiter();
        app.UseWorkCharge();
        return app;
    }
}
