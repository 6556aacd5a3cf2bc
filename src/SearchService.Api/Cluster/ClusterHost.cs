using System.Text.Encodings.Web;
using SearchService.Cluster;
using SearchService.Cluster.Coordination;
using SearchService.Cluster.Indexing;
using SearchService.Cluster.Ingest;
using SearchService.Cluster.Serving;
using SearchService.Cluster.Shipping;
using SearchService.Api.Analysis;
using SearchService.Api.Documents;
using SearchService.Api.Facets;
using SearchService.Api.Follow;
using SearchService.Api.Hosting;
using SearchService.Api.Metrics;
using SearchService.Api.OpenApi;
using SearchService.Api.QueryAnalytics;
using SearchService.Api.Security;
using SearchService.Api.Web;
using SearchService.Core.Analysis;
using SearchService.Core.Analysis.Lexicon;
using SearchService.Core.Search;
using SearchService.Core.Search.Documents;

namespace SearchService.Api.Cluster;

/// <summary>
/// The service in one of its cluster roles (<c>Cluster:Role</c>): the same program, configured rather than
/// forked. Without a role, <c>Program</c> runs the single node exactly as before.
/// </summary>
internal static class ClusterHost
{
    /// <summary>Exit code when the cluster's NATS servers cannot be reached or the ingest log refuses a write.</summary>
    public const int ClusterUnavailableExitCode = 4;

    /// <summary>The configured role, or null for a single node.</summary>
    public static string? RoleOf(IConfiguration configuration) =>
        configuration[$"{ClusterOptions.Section}:{nameof(ClusterOptions.Role)}"] is { Length: > 0 } role ? role.ToLowerInvariant() : null;

    public static async Task<int> RunAsync(WebApplicationBuilder builder, string role)
    {
        var options = builder.Configuration.GetSection(ClusterOptions.Section).Get<ClusterOptions>() ?? new ClusterOptions();
        using var loggers = LoggerFactory.Create(logging => logging.AddSimpleConsole(o => o.SingleLine = true));
        var logger = loggers.CreateLogger("SearchService.Cluster");
        if (role is not ("coordinator" or "replica" or "indexer" or "ingest"))
        {
            logger.LogCritical("Cluster:Role is coordinator, replica, indexer or ingest, not {Role}", role);
            return ClusterUnavailableExitCode;
        }
        ClusterConnection connection;
        try
        {
            connection = await ClusterConnection.OpenAsync(options, CancellationToken.None);
        }
        catch (Exception e) when (e is NATS.Client.Core.NatsException or TimeoutException)
        {
            logger.LogCritical("Cannot reach the cluster's NATS servers at {Urls}: {Reason}", options.NatsUrls, e.Message);
            return ClusterUnavailableExitCode;
        }
        await using (connection)
        {
            if (role == "ingest")
            {
                return await IngestAsync(connection, options, logger);
            }
            SwedishLexicon.UseFolder(builder.Configuration["Search:LexiconPath"] is { Length: > 0 } lexicon ? lexicon : null);
            builder.Services.AddSingleton(connection);
            if (role == "coordinator")
            {
                // The public API: the single node's HTTP conventions, headers, rate limits, metrics and query analytics.
                builder.AddHttpConventions();
                builder.AddPublicSafety();
                builder.AddServiceMetrics();
                builder.AddQueryAnalytics();
                builder.AddApiReference();
            }
            else
            {
                builder.Services.AddProblemDetails();
                builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
            }
            var store = await ObjectSegmentStore.OpenAsync(connection, CancellationToken.None);
            builder.Services.AddSingleton<ISegmentStore>(store);
            switch (role)
            {
                case "replica":
                    builder.Services.AddSingleton(provider => new ShardReplica(connection, store, provider.GetRequiredService<ILoggerFactory>().CreateLogger("SearchService.Replica")));
                    builder.Services.AddHostedService(provider => new RoleService(provider.GetRequiredService<ShardReplica>().RunAsync));
                    break;
                case "indexer":
                    builder.Services.AddSingleton(provider => new ShardIndexer(connection, store, provider.GetRequiredService<ILoggerFactory>().CreateLogger("SearchService.Indexer")));
                    builder.Services.AddHostedService(provider => new RoleService(provider.GetRequiredService<ShardIndexer>().RunAsync));
                    break;
                default:
                    builder.Services.AddSingleton<ReplicaDirectory>();
                    builder.Services.AddSingleton<ScatterGather>();
                    builder.Services.AddSingleton<ClusterHealth>();
                    builder.Services.AddSingleton<IngestPublisher>();
                    builder.Services.AddSingleton<IIndexedDocuments, ShardDocuments>();
                    builder.Services.AddSingleton<IMatchListing, ShardMatchListing>();
                    builder.Services.AddSingleton(ExportGate.From(builder.Configuration));
                    var analysis = new Lazy<TextAnalysis>(() => TextAnalysis.Create(ShardWriter.Analysis));
                    builder.Services.AddSingleton(new ServedAnalysis(() => analysis.Value));
                    break;
            }
            var app = builder.Build();
            if (role == "coordinator" && !app.HasUsableApiKey())
            {
                return ApiKeyStrength.WeakKeyExitCode;
            }
            if (role == "coordinator")
            {
                app.UseResponseSafety();
                app.UseHttpConventions();
                app.UseRequestGuards();
                app.MapMetricsEndpoint();
                app.MapOpenApi();
                app.MapApiReference();
                app.MapDocumentReads();
                app.MapFacetEndpoints();
                app.MapFollowEndpoints();
                app.MapAnalyzeEndpoints();
                app.MapQueryAnalytics();
                app.MapWebPages();
            }
            else
            {
                app.UseExceptionHandler();
                app.UseStatusCodePages();
            }
            app.MapClusterEndpoints(role);
            await app.RunAsync();
            return 0;
        }
    }

    private static async Task<int> IngestAsync(ClusterConnection connection, ClusterOptions options, ILogger logger)
    {
        if (options.SourcePath is not { Length: > 0 } source || !Directory.Exists(source))
        {
            logger.LogCritical("Cluster:SourcePath must name a folder of documents to ingest, not {Source}", options.SourcePath);
            return ClusterUnavailableExitCode;
        }
        try
        {
            var published = await new IngestPublisher(connection).PublishFolderAsync(source, CancellationToken.None);
            logger.LogInformation("Published {Count} documents from {Source} to the ingest log", published, Path.GetFullPath(source));
            return 0;
        }
        catch (IngestUnavailableException e)
        {
            logger.LogCritical("{Reason}", e.Message);
            return ClusterUnavailableExitCode;
        }
    }

    // A role's loop as a hosted service: it starts with the host and stops with it.
    private sealed class RoleService(Func<CancellationToken, Task> run) : BackgroundService
    {
        protected override async Task ExecuteAsync(CancellationToken stoppingToken)
        {
            try
            {
                await run(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                // Stopping.
            }
        }
    }
}
