using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SearchService.Core.Search.Facets;

namespace SearchService.Api.Tests.Web;

[Collection(LiveHostsCollection.Name)]
public class RegionsPageTests(LiveHosts hosts)
{
    private const string Tiles = ".region-map .tile";

    [BrowserFact]
    public async Task The_map_shows_21_tiles_with_the_apis_counts_and_the_table_holds_the_same_figures()
    {
        var page = await hosts.Browser.NewPageAsync();
        var errors = CollectErrors(page);
        await page.GotoAsync(hosts.ApiBase + "/regioner?q=vårdplatser");
        await Assertions.Expect(page.Locator(Tiles)).ToHaveCountAsync(21);

        using var http = new HttpClient();
        var comparison = await http.GetFromJsonAsync<RegionComparisonResult>(hosts.ApiBase + "/api/regions?q=v%C3%A5rdplatser");
        Assert.NotNull(comparison);
        foreach (var region in comparison.Regions.Where(r => r.Region != "nationellt"))
        {
            var tile = page.Locator($"{Tiles}[data-region='{region.Region}']");
            Assert.Equal(region.Paragraphs.ToString(System.Globalization.CultureInfo.InvariantCulture), await tile.Locator(".tile-count").TextContentAsync());
        }
        Assert.Contains("shade-5", await page.Locator($"{Tiles}[data-region='Skåne']").GetAttributeAsync("class"));
        Assert.Contains("shade-0", await page.Locator($"{Tiles}[data-region='Gotland']").GetAttributeAsync("class"));

        var rows = page.Locator("#region-table tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(22);
        for (var i = 0; i < 21; i++)
        {
            var name = await rows.Nth(i).Locator("th").TextContentAsync();
            var count = await rows.Nth(i).Locator("td").First.TextContentAsync();
            Assert.Equal(await page.Locator($"{Tiles}[data-region='{name}'] .tile-count").TextContentAsync(), count);
        }
        Assert.Empty(errors);
    }

    [BrowserFact]
    public async Task Choosing_two_regions_with_the_keyboard_puts_them_side_by_side_and_the_choice_survives_reload_and_back()
    {
        var page = await hosts.Browser.NewPageAsync();
        var errors = CollectErrors(page);
        await page.GotoAsync(hosts.ApiBase + "/regioner?q=vårdplatser");
        await Assertions.Expect(page.Locator(Tiles)).ToHaveCountAsync(21);
        await page.Locator("#q").FocusAsync();

        await TabToAsync(page, "Västernorrland");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator(".region-column")).ToHaveCountAsync(1);
        await TabToAsync(page, "Skåne");
        await page.Keyboard.PressAsync(" ");

        await AssertColumnsAsync(page, "Västernorrland", "Skåne");
        Assert.Contains("valda=V%C3%A4sternorrland%2CSk%C3%A5ne", page.Url, StringComparison.Ordinal);
        await Assertions.Expect(page.Locator("#year-chart")).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = LiveHosts.ScreenshotPath("regions-page.png"), FullPage = true });

        await page.ReloadAsync();
        await AssertColumnsAsync(page, "Västernorrland", "Skåne");
        await Assertions.Expect(page.Locator($"{Tiles}[data-region='Skåne']")).ToHaveAttributeAsync("aria-checked", "true");

        await page.GoBackAsync();
        await AssertColumnsAsync(page, "Västernorrland");
        await Assertions.Expect(page.Locator($"{Tiles}[data-region='Skåne']")).ToHaveAttributeAsync("aria-checked", "false");
        Assert.Empty(errors);
    }

    [BrowserFact]
    public async Task The_search_page_links_to_the_comparison_of_its_query()
    {
        var page = await hosts.Browser.NewPageAsync();
        await page.GotoAsync(hosts.ApiBase + "/?q=vårdplatser&region=Skåne");
        await page.Locator("#compare-link").ClickAsync();
        // Polls the address instead of waiting for a navigation event: a load event once did not come within 60 s on a
        // loaded machine, and waiting for "commit" when the address already matched waited for an event that had
        // passed. The tiles below say the page loaded.
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/regioner\?q=v%C3%A5rdplatser"));
        await Assertions.Expect(page.Locator(Tiles)).ToHaveCountAsync(21);
        await AssertColumnsAsync(page, "Skåne");
    }

    [BrowserFact]
    public async Task At_phone_width_the_comparison_does_not_scroll_sideways()
    {
        var page = await hosts.Browser.NewPageAsync(width: 375, height: 740);
        await page.GotoAsync(hosts.ApiBase + "/regioner?q=vårdplatser&valda=Skåne,Västernorrland");
        // Columns follow the map, north first, whatever order the link gives.
        await AssertColumnsAsync(page, "Västernorrland", "Skåne");
        await Assertions.Expect(page.Locator(Tiles).First).ToBeVisibleAsync();
        Assert.True(await page.EvaluateAsync<int>("document.documentElement.scrollWidth - window.innerWidth") <= 0, "the comparison is wider than a phone screen");
        await page.ScreenshotAsync(new() { Path = LiveHosts.ScreenshotPath("regions-page-phone.png") });
    }

    private static List<string> CollectErrors(IPage page)
    {
        // Errors in the console include refused scripts and styles under the Content-Security-Policy.
        var errors = new List<string>();
        page.Console += (_, message) => { if (message.Type == "error") errors.Add(message.Text); };
        page.PageError += (_, error) => errors.Add(error);
        return errors;
    }

    private static async Task TabToAsync(IPage page, string region)
    {
        for (var step = 0; step < 40; step++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<string?>("document.activeElement?.dataset?.region ?? null") == region)
            {
                return;
            }
        }
        Assert.Fail($"Tab never reached the tile of {region}.");
    }

    private static async Task AssertColumnsAsync(IPage page, params string[] regions)
    {
        var columns = page.Locator(".region-column");
        await Assertions.Expect(columns).ToHaveCountAsync(regions.Length);
        for (var i = 0; i < regions.Length; i++)
        {
            await Assertions.Expect(columns.Nth(i).Locator("h3")).ToHaveTextAsync(regions[i]);
            Assert.True(await columns.Nth(i).Locator(".snippet mark").CountAsync() > 0, regions[i] + " has marked hits");
        }
    }
}
