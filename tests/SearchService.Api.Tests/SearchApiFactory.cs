using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using SearchService.Core.Indexing;
using SearchService.Tests;

namespace SearchService.Api.Tests;

/// <summary>The real API pipeline over a real on-disk index built from the seeds in a temporary folder.</summary>
public sealed class SearchApiFactory : WebApplicationFactory<Program>
{
    private readonly TemporaryFolder folder = new();

    public SearchApiFactory() => IndexBuilder.Rebuild(RepositoryPaths.Seeds, IndexPath);

    public string IndexPath => Path.Combine(folder.Path, "index");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Search:IndexPath", IndexPath);
        builder.UseSetting("Search:SourcePath", RepositoryPaths.Seeds);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        folder.Dispose();
    }
}
