using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using SearchService.Core.Indexing;
using SearchService.Tests;

namespace SearchService.Api.Tests;

/// <summary>The real API over a real index built from a private copy of the seeds, with an API key
/// and a small upload limit, so write tests can change both without touching the repository.</summary>
public sealed class DocumentApiFactory : WebApplicationFactory<Program>
{
    public const string ApiKey = "test-key-för-skrivning-i-testerna-7Qm2";
    public const int MaxUploadBytes = 200_000;

    private readonly TemporaryFolder folder = new();

    public DocumentApiFactory()
    {
        Directory.CreateDirectory(SourcePath);
        foreach (var seed in Directory.EnumerateFiles(RepositoryPaths.Seeds))
        {
            File.Copy(seed, Path.Combine(SourcePath, Path.GetFileName(seed)));
        }
        IndexUpdater.Rebuild(SourcePath, IndexPath);
    }

    public string IndexPath => Path.Combine(folder.Path, "index");

    public string SourcePath => Path.Combine(folder.Path, "source");

    public HttpClient CreateWriter()
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", ApiKey);
        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Search:IndexPath", IndexPath);
        // Hosts come and go by the dozen here; each would spend seconds warming up beside the tests.
        builder.UseSetting("Search:WarmUpSeconds", "0");
        // In-process requests have no peer address and so share one allowance; tests send thousands.
        builder.UseSetting("RateLimiting:PermitsPerSecond", "1000000");
        builder.UseSetting("RateLimiting:Burst", "1000000");
        builder.UseSetting("Search:SourcePath", SourcePath);
        builder.UseSetting("Analytics:DatabasePath", Path.Combine(folder.Path, "analytics.db"));
        builder.UseSetting("Search:RefreshIntervalSeconds", "0.2");
        builder.UseSetting("Security:ApiKey", ApiKey);
        builder.UseSetting("Documents:MaxUploadBytes", MaxUploadBytes.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        folder.Dispose();
    }
}
