using System.Diagnostics;
using Microsoft.Playwright;
using SearchService.Api.QueryAnalytics;

namespace SearchService.Api.Tests.Web;

[Collection(LiveHostsCollection.Name)]
public class AnalyticsPageTests(LiveHosts hosts)
{
    [BrowserFact]
    public async Task Clicks_on_hits_of_the_page_and_the_widget_are_counted_and_the_admin_page_shows_the_queries()
    {
        var page = await hosts.Browser.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, message) => { if (message.Type == "error") errors.Add(message.Text); };
        page.PageError += (_, error) => errors.Add(error);

        var pageClicks = Clicks("ambulans");
        await page.GotoAsync(hosts.ApiBase + "/?q=ambulans");
        await page.Locator("a.hit-link").First.ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/documents/", StringComparison.Ordinal));
        Assert.Equal(pageClicks + 1, await ClicksReaching("ambulans", pageClicks + 1));

        var widgetClicks = Clicks("tandvård");
        await page.GotoAsync(hosts.EmbedderBase + "/region");
        var widget = page.Locator("policy-search").First;
        await widget.Locator("input").PressSequentiallyAsync("tandvård", new() { Delay = 30 });
        await widget.Locator("a.hit").First.ClickAsync();
        await page.WaitForURLAsync(url => url.StartsWith(hosts.ApiBase + "/documents/", StringComparison.Ordinal));
        Assert.Equal(widgetClicks + 1, await ClicksReaching("tandvård", widgetClicks + 1));

        await page.GotoAsync(hosts.ApiBase + "/admin/");
        await page.Locator("#key").FillAsync(LiveHosts.AdminKey);
        await page.Locator("#period button").ClickAsync();
        await Assertions.Expect(page.Locator("#top tbody")).ToContainTextAsync("ambulans");
        await Assertions.Expect(page.Locator("#top tbody")).ToContainTextAsync("tandvård");
        await Assertions.Expect(page.Locator("#totals")).ToContainTextAsync("sökningar");
        await page.ScreenshotAsync(new() { Path = LiveHosts.ScreenshotPath("admin-page.png"), FullPage = true });
        Assert.Empty(errors);
    }

    [BrowserFact]
    public async Task The_admin_page_says_so_when_the_key_is_wrong()
    {
        var page = await hosts.Browser.NewPageAsync();
        await page.GotoAsync(hosts.ApiBase + "/admin/");
        await page.Locator("#key").FillAsync("fel nyckel");
        await page.Locator("#period button").ClickAsync();
        await Assertions.Expect(page.Locator("#status")).ToHaveTextAsync("Fel API-nyckel.");
        await Assertions.Expect(page.Locator("#report")).ToBeHiddenAsync();
    }

    private long Clicks(string query)
    {
        var today = hosts.Queries.Today();
        return Report(today).TopQueries.SingleOrDefault(q => q.Query == query)?.Clicks ?? 0;
    }

    // The beacon leaves as the browser navigates: wait (bounded) for it to arrive rather than assume it has.
    private async Task<long> ClicksReaching(string query, long wanted)
    {
        var waited = Stopwatch.StartNew();
        var clicks = Clicks(query);
        while (clicks < wanted && waited.Elapsed < TimeSpan.FromSeconds(20))
        {
            await Task.Delay(100);
            clicks = Clicks(query);
        }
        return clicks;
    }

    private AnalyticsReport Report(DateOnly today) => hosts.Queries.Report(today.AddDays(-1), today.AddDays(1), AnalyticsEndpoints.MaxReportLimit)!;
}
