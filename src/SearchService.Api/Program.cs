using SearchService.Api.Admin;
using SearchService.Api.Analysis;
using SearchService.Api.Cluster;
using SearchService.Api.Documents;
using SearchService.Api.Facets;
using SearchService.Api.Follow;
using SearchService.Api.Health;
using SearchService.Api.Hosting;
using SearchService.Api.Metrics;
using SearchService.Api.OpenApi;
using SearchService.Api.QueryAnalytics;
using SearchService.Api.Regions;
using SearchService.Api.Search;
using SearchService.Api.Security;
using SearchService.Api.Web;

// Settings and web assets come with the build output; data paths are taken from the working directory.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
if (ClusterHost.RoleOf(builder.Configuration) is { } clusterRole)
{
    return await ClusterHost.RunAsync(builder, clusterRole);
}
builder.AddApiReference();
builder.AddSearchIndex();
builder.AddHttpConventions();
builder.AddDocumentApi();
builder.AddPublicSafety();
builder.AddServiceMetrics();
builder.AddQueryAnalytics();
builder.AddStructuredLogging();

var app = builder.Build();
if (!app.HasUsableApiKey())
{
    return ApiKeyStrength.WeakKeyExitCode;
}
var indexOpened = app.OpenIndexAsync();
app.UseResponseSafety();
app.UseHttpConventions();
app.UseRequestGuards();
app.MapMetrics();
app.MapOpenApi();
app.MapApiReference();
app.MapSearchEndpoints();
app.MapRegionEndpoints();
app.MapFacetEndpoints();
app.MapFollowEndpoints();
app.MapAnalyzeEndpoints();
app.MapDocumentEndpoints();
app.MapAdminEndpoints();
app.MapQueryAnalytics();
app.MapHealthEndpoints();
app.MapWebPages();
if (!await indexOpened)
{
    ((IDisposable)app).Dispose();
    return IndexStartup.IndexUnusableExitCode;
}
app.Run();
return 0;
