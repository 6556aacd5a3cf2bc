using Microsoft.Playwright;

namespace SearchService.Api.Tests.Web;

[Collection(LiveHostsCollection.Name)]
public class SearchPageTests(LiveHosts hosts)
{
    // New facets (organisation, documentType, year) have chips too; "Skåne" also appears in "Vänsterpartiet Skåne".
    private const string RegionChips = ".facet[data-facet=region] .chip";

    // The order of the hits is a group of chips before the facets.
    private const string SortChips = ".facet[data-facet=sort] .chip";

    [BrowserFact]
    public async Task Typing_vårdplatser_shows_marked_hits_from_several_regions_a_region_narrows_them_and_a_hit_opens_its_paragraph()
    {
        var page = await hosts.Browser.NewPageAsync();
        // Errors in the console include refused scripts and styles under the Content-Security-Policy.
        var errors = new List<string>();
        page.Console += (_, message) => { if (message.Type == "error") errors.Add(message.Text); };
        page.PageError += (_, error) => errors.Add(error);
        await page.GotoAsync(hosts.ApiBase + "/");
        await page.Locator("#q").PressSequentiallyAsync("vårdplatser", new() { Delay = 40 });

        await page.WaitForURLAsync(url => url.Contains("q=v%C3%A5rdplatser", StringComparison.Ordinal));
        var regions = await HitRegionsAsync(page);
        Assert.True(regions.Distinct().Count() > 1, "regions on the first page: " + string.Join(", ", regions));
        await AssertEveryHitIsMarkedAsync(page);
        Assert.Matches(@"^\d+ träffar", await page.Locator("#status").TextContentAsync());
        await page.ScreenshotAsync(new() { Path = LiveHosts.ScreenshotPath("search-page.png") });

        await page.Locator(RegionChips, new() { HasText = "Skåne" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("region=Sk%C3%A5ne", StringComparison.Ordinal));
        await Assertions.Expect(page.Locator("#status")).ToContainTextAsync("i Skåne");
        var narrowed = await HitRegionsAsync(page);
        Assert.NotEmpty(narrowed);
        Assert.All(narrowed, region => Assert.Equal("Skåne", region));

        var firstHit = page.Locator("a.hit-link").First;
        var href = await firstHit.GetAttributeAsync("href") ?? "";
        var paragraph = href[(href.LastIndexOf("#p", StringComparison.Ordinal) + 2)..];
        await firstHit.ClickAsync();

        var target = page.Locator($"#p{paragraph}");
        await Assertions.Expect(target).ToHaveClassAsync(new System.Text.RegularExpressions.Regex(@"\btarget\b"));
        await Assertions.Expect(target).ToBeFocusedAsync();
        await Assertions.Expect(target).ToBeInViewportAsync();
        Assert.True(await target.Locator("mark").CountAsync() > 0, "the target paragraph has the query word marked");
        await page.ScreenshotAsync(new() { Path = LiveHosts.ScreenshotPath("document-page.png") });
        var back = await page.Locator("#back").GetAttributeAsync("href");
        Assert.Equal("/?q=v%C3%A5rdplatser&region=Sk%C3%A5ne", back);
        Assert.Empty(errors);
    }

    [BrowserFact]
    public async Task A_shared_url_shows_its_search_and_back_and_forward_restore_the_filter()
    {
        var page = await hosts.Browser.NewPageAsync();
        await page.GotoAsync(hosts.ApiBase + "/?q=vårdplatser&region=Skåne");
        await Assertions.Expect(page.Locator("#q")).ToHaveValueAsync("vårdplatser");
        await Assertions.Expect(page.Locator(RegionChips + ":has(input:checked)")).ToContainTextAsync("Skåne");
        Assert.All(await HitRegionsAsync(page), region => Assert.Equal("Skåne", region));

        await page.Locator(RegionChips, new() { HasText = "Alla" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("region=", StringComparison.Ordinal));
        await Assertions.Expect(page.Locator("#status")).Not.ToContainTextAsync("i Skåne");
        Assert.True((await HitRegionsAsync(page)).Distinct().Count() > 1);

        await page.GoBackAsync();
        await Assertions.Expect(page.Locator("#status")).ToContainTextAsync("i Skåne");
        Assert.All(await HitRegionsAsync(page), region => Assert.Equal("Skåne", region));
    }

    // "personal": the seeds' paragraphs in dated documents come first, in the order the API gives them newest first.
    [BrowserFact]
    public async Task Sorting_newest_first_lists_the_hits_as_the_api_does_and_the_url_keeps_it()
    {
        var page = await hosts.Browser.NewPageAsync();
        await page.GotoAsync(hosts.ApiBase + "/?q=personal");
        await Assertions.Expect(page.Locator(SortChips + ":has(input:checked)")).ToHaveTextAsync("Bäst först");
        var best = await HitLinksAsync(page);

        await page.Locator(SortChips, new() { HasText = "Nyast först" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("sort=newest", StringComparison.Ordinal));
        using var http = new HttpClient();
        using var newest = System.Text.Json.JsonDocument.Parse(await http.GetStringAsync(hosts.ApiBase + "/api/search?q=personal&pageSize=10&sort=newest"));
        var expected = newest.RootElement.GetProperty("hits").EnumerateArray()
            .Select(h => $"#p{h.GetProperty("paragraph").GetInt32()}").ToList();
        await Assertions.Expect(page.Locator("a.hit-link").First).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex("sort=newest" + expected[0] + "$"));
        var sorted = await HitLinksAsync(page);
        Assert.Equal(expected, sorted.Select(href => href[href.LastIndexOf('#')..]));
        Assert.NotEqual(best.Select(href => href[href.LastIndexOf('#')..]), expected);

        await page.ReloadAsync();
        await Assertions.Expect(page.Locator(SortChips + ":has(input:checked)")).ToHaveTextAsync("Nyast först");
        await page.GoBackAsync();
        await Assertions.Expect(page.Locator(SortChips + ":has(input:checked)")).ToHaveTextAsync("Bäst först");
    }

    // The page asks for each paragraph text once (the seeds hold no paragraph twice; DistinctTextsTests and the API's
    // tests show what the answer then holds) and still pages through every match (the seeds have fewer than the 500
    // distinct hits the pager stops at).
    [BrowserFact]
    public async Task The_page_asks_for_each_text_once_and_pages_through_the_matches()
    {
        var page = await hosts.Browser.NewPageAsync();
        var asked = page.WaitForRequestAsync(request => request.Url.Contains("/api/search?", StringComparison.Ordinal));
        await page.GotoAsync(hosts.ApiBase + "/?q=region");

        Assert.Contains("distinct=true", (await asked).Url, StringComparison.Ordinal);
        await Assertions.Expect(page.Locator("#status")).ToContainTextAsync("sida 1 av");
        var total = int.Parse((await page.Locator("#status").TextContentAsync())!.Split(' ')[0].Replace("\u00a0", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture);
        var pages = Math.Min((total + 9) / 10, 50);
        await Assertions.Expect(page.Locator("#status")).ToContainTextAsync($"sida 1 av {pages} ");
        await Assertions.Expect(page.Locator("#pager a", new() { HasText = pages.ToString(System.Globalization.CultureInfo.InvariantCulture) })).ToHaveCountAsync(1);
    }

    [BrowserFact]
    public async Task The_keyboard_moves_from_the_search_box_through_the_hits()
    {
        var page = await hosts.Browser.NewPageAsync();
        await page.GotoAsync(hosts.ApiBase + "/?q=vårdplatser");
        await Assertions.Expect(page.Locator("a.hit-link").First).ToBeVisibleAsync();
        await page.Locator("#q").FocusAsync();

        await page.Keyboard.PressAsync("ArrowDown");
        await Assertions.Expect(page.Locator("a.hit-link").Nth(0)).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("ArrowDown");
        await Assertions.Expect(page.Locator("a.hit-link").Nth(1)).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("/");
        await Assertions.Expect(page.Locator("#q")).ToBeFocusedAsync();
    }

    [BrowserFact]
    public async Task A_query_without_hits_says_so_and_at_phone_width_neither_page_scrolls_sideways()
    {
        var page = await hosts.Browser.NewPageAsync(width: 375, height: 740);
        await page.GotoAsync(hosts.ApiBase + "/?q=zyxwvutsr");
        await Assertions.Expect(page.Locator("#status")).ToContainTextAsync("Inga träffar för ”zyxwvutsr”");
        Assert.Equal(0, await page.Locator("a.hit-link").CountAsync());

        await page.GotoAsync(hosts.ApiBase + "/?q=vårdplatser");
        await Assertions.Expect(page.Locator("a.hit-link").First).ToBeVisibleAsync();
        Assert.True(await OverflowAsync(page) <= 0, "the search page is wider than a phone screen");

        await page.Locator("a.hit-link").First.ClickAsync();
        await Assertions.Expect(page.Locator(".para.target")).ToBeInViewportAsync();
        Assert.True(await OverflowAsync(page) <= 0, "the document page is wider than a phone screen");
        await page.ScreenshotAsync(new() { Path = LiveHosts.ScreenshotPath("document-page-phone.png") });
    }

    [BrowserFact]
    public async Task A_misspelt_query_offers_the_likely_word_and_choosing_it_searches_for_it()
    {
        var page = await hosts.Browser.NewPageAsync();
        await page.GotoAsync(hosts.ApiBase + "/?q=vårdplaster");
        var suggestion = page.Locator("#did-you-mean a");
        await Assertions.Expect(page.Locator("#did-you-mean")).ToHaveTextAsync("Menade du vårdplatser?");

        await suggestion.ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith("/?q=v%C3%A5rdplatser", StringComparison.Ordinal));
        await Assertions.Expect(page.Locator("#q")).ToHaveValueAsync("vårdplatser");
        await Assertions.Expect(page.Locator("#did-you-mean")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator(".hit .snippet mark").First).ToBeVisibleAsync();
    }

    private static Task<int> OverflowAsync(IPage page) =>
        page.EvaluateAsync<int>("document.documentElement.scrollWidth - window.innerWidth");

    private static async Task<IReadOnlyList<string>> HitLinksAsync(IPage page)
    {
        await Assertions.Expect(page.Locator("a.hit-link").First).ToBeVisibleAsync();
        return [.. (await page.Locator("a.hit-link").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))"))];
    }

    private static async Task<IReadOnlyList<string>> HitRegionsAsync(IPage page)
    {
        await Assertions.Expect(page.Locator("#results")).Not.ToHaveAttributeAsync("aria-busy", "true");
        await Assertions.Expect(page.Locator("a.hit-link").First).ToBeVisibleAsync();
        var metas = await page.Locator(".hit .meta").AllTextContentsAsync();
        return metas.Select(m => m.Split(" · ")[0]).ToList();
    }

    private static async Task AssertEveryHitIsMarkedAsync(IPage page)
    {
        var hits = await page.Locator(".hit").AllAsync();
        Assert.NotEmpty(hits);
        foreach (var hit in hits)
        {
            Assert.True(await hit.Locator(".snippet mark").CountAsync() > 0, await hit.TextContentAsync());
        }
    }
}
