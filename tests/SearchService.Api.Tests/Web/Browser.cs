using Microsoft.Playwright;
using SearchService.Tests;

namespace SearchService.Api.Tests.Web;

/// <summary>Headless Debian Chromium driven by Playwright's bundled driver, with a fresh profile.</summary>
public sealed class Browser : IAsyncDisposable
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private readonly TemporaryFolder profile = new();
    private IPlaywright? playwright;
    private IBrowserContext? context;

    public static bool IsInstalled => File.Exists(ChromiumPath);

    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public async Task<IPage> NewPageAsync(int width = 1200, int height = 900)
    {
        if (!IsInstalled)
        {
            throw new InvalidOperationException($"Chromium is required for browser tests but {ChromiumPath} does not exist (CI=true). .ci/run installs it with apt-get install chromium.");
        }
        if (context is null)
        {
            playwright = await Playwright.CreateAsync();
            // A persistent context on an empty folder is the way to hand Chromium its own fresh --user-data-dir.
            context = await playwright.Chromium.LaunchPersistentContextAsync(profile.Path, new BrowserTypeLaunchPersistentContextOptions
            {
                ExecutablePath = ChromiumPath,
                Headless = true,
                Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
                Locale = "sv-SE",
            });
            // The machine is shared and CI has two cores: allow slow moments, still fail on what never happens.
            context.SetDefaultTimeout(30_000);
            // A page load waits for every script and style; with the other test projects running beside it,
            // CI once took over 30 s for a reload.
            context.SetDefaultNavigationTimeout(60_000);
            Assertions.SetDefaultExpectTimeout(20_000);
        }
        var page = await context.NewPageAsync();
        await page.SetViewportSizeAsync(width, height);
        return page;
    }

    public async ValueTask DisposeAsync()
    {
        if (context is not null)
        {
            await context.CloseAsync();
        }
        playwright?.Dispose();
        profile.Dispose();
    }
}
