using Microsoft.Playwright;

namespace SearchService.Api.Tests.Web;

[Collection(LiveHostsCollection.Name)]
public class WidgetTests(LiveHosts hosts)
{
    [BrowserFact]
    public async Task The_widget_on_another_origin_searches_and_shows_marked_hits_linking_to_our_document_page()
    {
        var page = await hosts.Browser.NewPageAsync();
        var failures = new List<string>();
        page.Console += (_, message) => { if (message.Type == "error") failures.Add(message.Text); };
        await page.GotoAsync(hosts.EmbedderBase + "/region");
        Assert.NotEqual(new Uri(hosts.ApiBase).Authority, new Uri(page.Url).Authority);

        var widget = page.Locator("policy-search").First;
        var input = widget.Locator("input");
        await Assertions.Expect(input).ToHaveAttributeAsync("placeholder", "Sök i Region Skånes dokument");
        await input.PressSequentiallyAsync("vårdplatser", new() { Delay = 30 });

        var hits = widget.Locator("a.hit");
        await Assertions.Expect(hits.First).ToBeVisibleAsync();
        foreach (var hit in await hits.AllAsync())
        {
            // A hit found only by "vård" and "plats" apart in other words has nothing to mark (issue 15).
            var text = await hit.TextContentAsync() ?? "";
            Assert.True(await hit.Locator("mark").CountAsync() > 0 || !text.Contains("vårdplats", StringComparison.OrdinalIgnoreCase), text);
            Assert.StartsWith("Skåne", await hit.Locator(".meta").TextContentAsync(), StringComparison.Ordinal);
            Assert.StartsWith(hosts.ApiBase + "/documents/", await hit.GetAttributeAsync("href"), StringComparison.Ordinal);
        }
        Assert.True(await widget.EvaluateAsync<bool>("e => e.shadowRoot !== null && e.shadowRoot.querySelector('mark') !== null"));
        await widget.ScreenshotAsync(new() { Path = LiveHosts.ScreenshotPath("widget.png") });
        Assert.Empty(failures);
    }

    [BrowserFact]
    public async Task The_query_and_page_size_attributes_start_a_search_and_a_custom_property_themes_it()
    {
        var page = await hosts.Browser.NewPageAsync();
        var asked = new List<string>();
        page.Request += (_, request) => { if (request.Url.Contains("/api/search?", StringComparison.Ordinal)) asked.Add(request.Url); };
        await page.GotoAsync(hosts.EmbedderBase + "/region");

        var themed = page.Locator("policy-search.themed");
        await Assertions.Expect(themed.Locator("input")).ToHaveValueAsync("vårdplatser");
        await Assertions.Expect(themed.Locator("a.hit").First).ToBeVisibleAsync();
        Assert.Equal(2, await themed.Locator("a.hit").CountAsync());
        // Each paragraph text once, as on the search page.
        Assert.Contains(asked, url => url.Contains("pageSize=2", StringComparison.Ordinal) && url.Contains("distinct=true", StringComparison.Ordinal));
        await Assertions.Expect(themed.Locator("a.more")).ToBeVisibleAsync();
        await Assertions.Expect(themed.Locator("button")).ToHaveCSSAsync("background-color", "rgb(0, 110, 60)");
        await Assertions.Expect(page.Locator("policy-search").First.Locator("button")).Not.ToHaveCSSAsync("background-color", "rgb(0, 110, 60)");
    }

    [BrowserFact]
    public async Task The_host_page_s_css_does_not_change_the_widget()
    {
        var page = await hosts.Browser.NewPageAsync();
        await page.GotoAsync(hosts.EmbedderBase + "/plain");
        var plain = await WidgetStylesAsync(page);
        await page.GotoAsync(hosts.EmbedderBase + "/hostile");
        var hostile = await WidgetStylesAsync(page);

        // The hostile rule does apply to the host's own elements, so an unchanged widget means isolation.
        await Assertions.Expect(page.Locator("#host-heading")).ToHaveCSSAsync("color", "rgb(255, 0, 0)");
        await Assertions.Expect(page.Locator("#host-heading")).ToHaveCSSAsync("font-size", "40px");
        Assert.NotEmpty(plain);
        Assert.Equal(plain, hostile);
    }

    // Computed styles of the widget's parts, read inside its shadow root.
    private static async Task<Dictionary<string, string>> WidgetStylesAsync(IPage page)
    {
        await Assertions.Expect(page.Locator("policy-search a.hit").First).ToBeVisibleAsync();
        return await page.EvaluateAsync<Dictionary<string, string>>("""
            () => {
              const root = document.querySelector('policy-search').shadowRoot;
              const styles = {};
              for (const selector of ['.root', 'input', 'button', '.status', 'a.hit', '.title', '.meta', '.snippet', 'mark']) {
                const style = getComputedStyle(root.querySelector(selector));
                for (const property of ['color', 'font-size', 'font-family', 'background-color', 'line-height']) {
                  styles[`${selector} ${property}`] = style.getPropertyValue(property);
                }
              }
              return styles;
            }
            """);
    }
}
