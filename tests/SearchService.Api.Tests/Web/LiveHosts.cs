using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using SearchService.Tests;

namespace SearchService.Api.Tests.Web;

/// <summary>What the browser tests talk to: the real service on Kestrel at a loopback port, a second web
/// site on another port (another origin) that embeds the widget, and the browser.</summary>
public sealed class LiveHosts : IAsyncLifetime
{
    /// <summary>The API key of the service, for the admin page (ASCII: a browser sends a header's bytes as they are, and Kestrel reads ASCII).</summary>
    public const string AdminKey = "nyckel-for-webblasartest";

    private readonly KeyedApiFactory api = new();
    private WebApplication? embedder;

    public string ApiBase { get; private set; } = "";

    public string EmbedderBase { get; private set; } = "";

    public Browser Browser { get; } = new();

    /// <summary>The running service's query counts.</summary>
    public SearchService.Api.QueryAnalytics.QueryCounter Queries => api.Services.GetRequiredService<SearchService.Api.QueryAnalytics.QueryCounter>();

    public async Task InitializeAsync()
    {
        api.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        api.StartServer();
        ApiBase = AddressOf(api.Services.GetRequiredService<IServer>());

        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        embedder = builder.Build();
        embedder.MapGet("/{page}", (string page) => Results.Content(EmbeddingSite.Page(page, ApiBase), "text/html; charset=utf-8"));
        await embedder.StartAsync();
        EmbedderBase = AddressOf(embedder.Services.GetRequiredService<IServer>());
    }

    /// <summary>Where screenshots go: docs/ when UPDATE_SCREENSHOTS=1 (to refresh the README's pictures),
    /// otherwise the test output folder so a test run leaves the working tree clean.</summary>
    public static string ScreenshotPath(string name) =>
        Environment.GetEnvironmentVariable("UPDATE_SCREENSHOTS") == "1"
            ? Path.Combine(RepositoryPaths.Root, "docs", name)
            : Path.Combine(AppContext.BaseDirectory, "screenshots", name);

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        if (embedder is not null)
        {
            await embedder.DisposeAsync();
        }
        await api.DisposeAsync();
    }

    private static string AddressOf(IServer server) =>
        server.Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');

    private sealed class KeyedApiFactory : SearchApiFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Security:ApiKey", AdminKey);
        }
    }
}

[CollectionDefinition(Name)]
public sealed class LiveHostsCollection : ICollectionFixture<LiveHosts>
{
    public const string Name = "Browser";
}
