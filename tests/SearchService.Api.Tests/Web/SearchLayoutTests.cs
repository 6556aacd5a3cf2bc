using Microsoft.Playwright;

namespace SearchService.Api.Tests.Web;

// The page's main area grows to fill the window; its grid rows must not, or a search with few hits
// opens an empty band between the search box and the results (issue 15).
[Collection(LiveHostsCollection.Name)]
public class SearchLayoutTests(LiveHosts hosts)
{
    // One hit (Värmland has one paragraph for the word) and a full page: 10 of 22 hits.
    private const string OneHit = "/?q=personalbrist&region=V%C3%A4rmland";
    private const string ManyHits = "/?q=v%C3%A5rdplatser";

    // Hint, grid gap, status line and the compare link, wrapped at phone width (172 px there, 111 at
    // desktop width): what a reader passes before the first hit.
    private const double MostSpaceAboveFirstHit = 200;

    [BrowserFact]
    public Task At_desktop_width_the_first_hit_sits_as_close_to_the_search_box_with_one_hit_as_with_a_full_page() =>
        AssertNoGapAsync(1200, 900);

    // A tall window at phone width, so that one hit and the facets above it do not fill it.
    [BrowserFact]
    public Task At_phone_width_the_first_hit_sits_as_close_to_the_search_box_with_one_hit_as_with_a_full_page() =>
        AssertNoGapAsync(375, 1400);

    private async Task AssertNoGapAsync(int width, int height)
    {
        var page = await hosts.Browser.NewPageAsync(width, height);
        var one = await SpaceAboveFirstHitAsync(page, OneHit, expectedHits: 1);
        var many = await SpaceAboveFirstHitAsync(page, ManyHits, expectedHits: 10);

        Assert.True(one <= MostSpaceAboveFirstHit && Math.Abs(one - many) <= 2, $"space above the first hit: {one} px with one hit, {many} px with a full page");
    }

    // From the bottom of the search box to the top of the first hit, less the facets where the phone
    // layout puts them in between (their height follows the facet values, not the layout).
    private async Task<double> SpaceAboveFirstHitAsync(IPage page, string url, int expectedHits)
    {
        await page.GotoAsync(hosts.ApiBase + url);
        await Assertions.Expect(page.Locator("#results")).Not.ToHaveAttributeAsync("aria-busy", "true");
        await Assertions.Expect(page.Locator(".hit")).ToHaveCountAsync(expectedHits);
        var box = await BoxAsync(page.Locator("#q"));
        var hit = await BoxAsync(page.Locator(".hit").First);
        var facets = await BoxAsync(page.Locator("#facets"));
        var between = facets.Y >= box.Y + box.Height && facets.Y + facets.Height <= hit.Y ? facets.Height : 0;
        return hit.Y - (box.Y + box.Height) - between;
    }

    private static async Task<LocatorBoundingBoxResult> BoxAsync(ILocator locator) =>
        await locator.BoundingBoxAsync() ?? throw new InvalidOperationException("not rendered: " + locator);
}
