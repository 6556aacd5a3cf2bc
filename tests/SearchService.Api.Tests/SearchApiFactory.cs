using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using SearchService.Core.Indexing;
using SearchService.Tests;

namespace SearchService.Api.Tests;

/// <summary>The real API pipeline over a real on-disk index built from the seeds (or another source
/// folder, indexed with other facets if given) in a temporary folder.</summary>
public class SearchApiFactory : WebApplicationFactory<Program>
{
    private readonly TemporaryFolder folder = new();
    private readonly string sourcePath;

    public SearchApiFactory() : this(RepositoryPaths.Seeds)
    {
    }

    protected SearchApiFactory(string sourcePath, IReadOnlyList<MetadataFacet>? facets = null)
    {
        this.sourcePath = sourcePath;
        IndexUpdater.Rebuild(sourcePath, IndexPath, facets: facets);
    }

    public string IndexPath => Path.Combine(folder.Path, "index");

    public string AnalyticsPath => Path.Combine(folder.Path, "analytics.db");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Search:IndexPath", IndexPath);
        // Hosts come and go by the dozen here; each would spend seconds warming up beside the tests.
        builder.UseSetting("Search:WarmUpSeconds", "0");
        // In-process requests have no peer address and so share one allowance; tests send thousands.
        builder.UseSetting("RateLimiting:PermitsPerSecond", "1000000");
        builder.UseSetting("RateLimiting:Burst", "1000000");
        builder.UseSetting("Search:SourcePath", sourcePath);
        builder.UseSetting("Analytics:DatabasePath", AnalyticsPath);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        folder.Dispose();
    }
}
