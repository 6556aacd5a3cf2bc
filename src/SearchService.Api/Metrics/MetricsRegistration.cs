using System.Globalization;
using System.Net;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using SearchService.Core.Search;

namespace SearchService.Api.Metrics;

/// <summary>Metrics through OpenTelemetry: ASP.NET Core's request rate and duration per route and status, and
/// <see cref="ServiceMetrics"/>, in Prometheus format at <c>/metrics</c>. The endpoint is outside <c>/api</c> and so
/// outside the rate limit; <see cref="MetricsOptions"/> keeps it to loopback or to a port of its own.</summary>
internal static class MetricsRegistration
{
    public const string Path = "/metrics";

    public static WebApplicationBuilder AddServiceMetrics(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<MetricsOptions>().BindConfiguration(MetricsOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        var options = builder.Configuration.GetSection(MetricsOptions.Section).Get<MetricsOptions>() ?? new MetricsOptions();
        if (options.Port is int port)
        {
            var urls = builder.Configuration[WebHostDefaults.ServerUrlsKey] ?? "http://localhost:5000";
            var host = options.LoopbackOnly ? "127.0.0.1" : "*";
            builder.WebHost.UseUrls($"{urls};http://{host}:{port.ToString(CultureInfo.InvariantCulture)}");
        }
        builder.Services.AddOpenTelemetry().WithMetrics(metrics => metrics
            .AddAspNetCoreInstrumentation()
            .AddMeter(ServiceMetrics.MeterName)
            // Every scrape sees the counts as they are (the exporter would otherwise repeat an answer for 300 ms).
            .AddPrometheusExporter(o => o.ScrapeResponseCacheDurationMilliseconds = 0));
        // Built after the meter provider, so what start-up counts (building the index) is already listened to.
        builder.Services.AddSingleton(provider =>
        {
            provider.GetService<MeterProvider>();
            return new ServiceMetrics(provider.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>());
        });
        return builder;
    }

    /// <summary>The endpoint, with the served index and result cache observed.</summary>
    public static WebApplication MapMetrics(this WebApplication app)
    {
        var services = app.Services;
        services.GetRequiredService<ServiceMetrics>().Observe(services.GetRequiredService<ParagraphIndex>, services.GetRequiredService<SearchResultCache>());
        return app.MapMetricsEndpoint();
    }

    /// <summary>The endpoint alone: a cluster's coordinator has no index or result cache of its own to observe
    /// (its <c>/health</c> reports the shards').</summary>
    public static WebApplication MapMetricsEndpoint(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<MetricsOptions>>().Value;
        app.UseOpenTelemetryPrometheusScrapingEndpoint(context => context.Request.Path == Path && MayRead(context.Connection, options));
        return app;
    }

    /// <summary>Whether this connection may read the metrics; a request with no network peer is the in-process test host.</summary>
    public static bool MayRead(ConnectionInfo connection, MetricsOptions options) =>
        (options.Port is null || connection.LocalPort == options.Port)
        && (!options.LoopbackOnly || connection.RemoteIpAddress is null || IPAddress.IsLoopback(connection.RemoteIpAddress));
}
