using Microsoft.Extensions.Options;

namespace SearchService.Api.QueryAnalytics;

/// <summary>Registers query analytics: the counter, its SQLite store (none when <c>Analytics:Enabled</c> is false) and the
/// flush on a timer.</summary>
internal static class AnalyticsRegistration
{
    public static WebApplicationBuilder AddQueryAnalytics(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<AnalyticsOptions>().BindConfiguration(AnalyticsOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(provider =>
        {
            var options = provider.GetRequiredService<IOptions<AnalyticsOptions>>();
            var store = options.Value.Enabled ? new QueryAnalyticsStore(Path.GetFullPath(options.Value.DatabasePath)) : null;
            return new QueryCounter(store, options, provider.GetRequiredService<TimeProvider>());
        });
        services.AddHostedService<QueryCountFlushService>();
        return builder;
    }

    /// <summary>Opens the database before the first request, so a path that cannot be written stops start-up instead of losing counts.</summary>
    public static WebApplication MapQueryAnalytics(this WebApplication app)
    {
        app.Services.GetRequiredService<QueryCounter>();
        app.MapAnalyticsEndpoints();
        return app;
    }
}
