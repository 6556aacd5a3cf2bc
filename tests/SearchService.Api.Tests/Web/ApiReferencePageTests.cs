using Microsoft.Playwright;

namespace SearchService.Api.Tests.Web;

[Collection(LiveHostsCollection.Name)]
public class ApiReferencePageTests(LiveHosts hosts)
{
    [BrowserFact]
    public async Task The_reference_at_docs_renders_the_operations_without_loading_anything_from_elsewhere()
    {
        var page = await hosts.Browser.NewPageAsync();
        var requested = new List<string>();
        page.Request += (_, request) => requested.Add(request.Url);
        await page.GotoAsync(hosts.ApiBase + "/docs");

        await Assertions.Expect(page.Locator("a[href*='tag/search/GET/api/search']").First).ToBeAttachedAsync();
        await Assertions.Expect(page.Locator("a[href*='tag/documents']").First).ToBeAttachedAsync();
        Assert.Contains(requested, url => url.EndsWith("/openapi/v1.json", StringComparison.Ordinal));
        Assert.All(requested, url => Assert.True(url.StartsWith(hosts.ApiBase, StringComparison.Ordinal) || url.StartsWith("data:", StringComparison.Ordinal), url));
    }
}
