using System.Text.Encodings.Web;
using Microsoft.Extensions.Options;
using SearchService.Api.Metrics;
using SearchService.Core.Analysis.Lexicon;
using SearchService.Core.Search;
using SearchService.Core.Search.Documents;
using SearchService.Core.Search.Facets;

namespace SearchService.Api.Hosting;

/// <summary>Registers the service's parts with the host.</summary>
internal static class ServiceRegistration
{
    public const string CorsSection = "Cors:AllowedOrigins";

    public static WebApplicationBuilder AddSearchServices(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<SearchOptions>().BindConfiguration(SearchOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        // The lexicon takes a few hundred milliseconds to read: it loads while the host starts.
        SwedishLexicon.UseFolder(builder.Configuration[$"{SearchOptions.Section}:{nameof(SearchOptions.LexiconPath)}"] is { Length: > 0 } lexicon ? lexicon : null);
        _ = Task.Run(() => SwedishLexicon.Default);
        services.AddSingleton(provider => IndexStartup.OpenOrBuild(
            provider.GetRequiredService<IOptions<SearchOptions>>().Value,
            provider.GetRequiredService<ILoggerFactory>().CreateLogger("SearchService.Index"),
            provider.GetRequiredService<ServiceMetrics>()));
        services.AddSingleton(provider =>
        {
            var search = provider.GetRequiredService<IOptions<SearchOptions>>().Value;
            return new SearchResultCache(search.ResultCacheHits, search.ResultCacheMegabytes * 1024L * 1024);
        });
        services.AddSingleton<ParagraphSearcher>();
        // The comparison's answers are cached apart from search's, bounded by the same number of hits.
        services.AddSingleton(provider =>
        {
            var search = provider.GetRequiredService<IOptions<SearchOptions>>().Value;
            return new AnswerCache<RegionComparisonResult>(search.ResultCacheHits, search.ResultCacheMegabytes * 1024L * 1024,
                result => result.Regions.Sum(r => r.Hits.Count), result => AnswerCache<RegionComparisonResult>.HitBytes(result.Regions.SelectMany(r => r.Hits)));
        });
        services.AddSingleton<RegionComparison>();
        services.AddSingleton<MatchListing>();
        services.AddSingleton(new Follow.ExportGate(builder.Configuration.GetValue(Follow.ExportGate.MaxConcurrentKey, Follow.ExportGate.DefaultMaxConcurrent)));
        services.AddSingleton<DocumentLookup>();
        services.AddSingleton<DocumentHighlighter>();
        services.AddHostedService<IndexRefreshService>();

        // A parameter that does not bind (page=abc) is the caller's error: 400 saying which, not a bare status.
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddProblemDetails(o => o.CustomizeProblemDetails = context =>
        {
            if (context.Exception is BadHttpRequestException bad)
            {
                context.ProblemDetails.Title = "The request is not valid.";
                context.ProblemDetails.Detail = bad.Message;
            }
        });
        services.AddOpenApi();
        // Responses are JSON for programs; Swedish letters and <mark> stay readable rather than \u-escaped.
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
        var origins = builder.Configuration.GetSection(CorsSection).Get<string[]>() ?? ["*"];
        services.AddCors(cors => cors.AddDefaultPolicy(policy =>
        {
            if (origins.Contains("*"))
            {
                policy.AllowAnyOrigin();
            }
            else
            {
                policy.WithOrigins(origins);
            }
            policy.WithMethods("GET").AllowAnyHeader();
        }));
        return builder;
    }

    /// <summary>Opens the index before the first request, so a missing or corrupt index stops start-up
    /// with a clear log line instead of failing every request.</summary>
    public static WebApplication UseSearchIndex(this WebApplication app)
    {
        app.Services.GetRequiredService<ParagraphIndex>();
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            // An index that cannot be read is the service being unavailable, not a bug: 503 lets a balancer route elsewhere.
            StatusCodeSelector = e => e switch
            {
                BadHttpRequestException bad => bad.StatusCode,
                ObjectDisposedException or IOException => StatusCodes.Status503ServiceUnavailable,
                _ => StatusCodes.Status500InternalServerError,
            },
        });
        app.UseStatusCodePages();
        app.UseCors();
        return app;
    }
}
