using System.Net.Http.Json;
using System.Text.Json;
using SearchService.Api.Facets;
using SearchService.Core.Search;

namespace SearchService.Api.Tests.Facets;

// A new facet is one descriptor plus its label: registered in the facet list, with its value in the
// documents' sidecars, it is indexed, filtered on over HTTP, counted, validated, listed and described.
public class NewFacetEndpointTests(CommitteeApiFactory factory) : IClassFixture<CommitteeApiFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task The_new_facet_is_listed_last_with_its_label()
    {
        var facets = (await client.GetFromJsonAsync<List<FacetLabel>>("/api/facets"))!;
        Assert.Equal(new FacetLabel("committee", "Utskott"), facets[^1]);
        Assert.Equal(["region", "organisation", "documentType", "year", "municipality", "committee"], facets.Select(f => f.Name));
    }

    [Fact]
    public async Task Search_filters_on_the_new_facet_in_any_case_and_counts_it()
    {
        var all = (await client.GetFromJsonAsync<SearchResult>("/api/search?q=v%C3%A5rd&pageSize=100"))!;
        var board = (await client.GetFromJsonAsync<SearchResult>("/api/search?q=v%C3%A5rd&pageSize=100&committee=REGIONSTYRELSEN"))!;

        Assert.True(board.Total > 0);
        Assert.True(board.Total < all.Total);
        Assert.All(board.Hits, h => Assert.Contains(h.DocumentId, new[] { CommitteeApiFactory.Värmland, CommitteeApiFactory.Östergötland }));
        Assert.Equal("REGIONSTYRELSEN", board.Filters!["committee"]);
        // Counted as written; the facet ignores its own filter, so the other committee shows too.
        Assert.Equal(board.Total, board.Facets["committee"].Single(v => v.Value == "Regionstyrelsen").Count);
        Assert.Equal(all.Facets["committee"].Select(v => (v.Value, v.Count)), board.Facets["committee"].Select(v => (v.Value, v.Count)));
        Assert.Contains(board.Facets["committee"], v => v.Value == "Hälso- och sjukvårdsnämnden");
        // The two documents are the only ones Region Värmland and Region Östergötland published.
        var värmland = (await client.GetFromJsonAsync<SearchResult>("/api/search?q=v%C3%A5rd&organisation=Region%20V%C3%A4rmland"))!;
        var östergötland = (await client.GetFromJsonAsync<SearchResult>("/api/search?q=v%C3%A5rd&organisation=Region%20%C3%96sterg%C3%B6tland"))!;
        Assert.Equal(värmland.Total + östergötland.Total, board.Total);
    }

    [Fact]
    public async Task The_new_facet_combines_with_the_named_filters()
    {
        var both = (await client.GetFromJsonAsync<SearchResult>("/api/search?q=v%C3%A5rd&committee=regionstyrelsen&region=%C3%96sterg%C3%B6tland&pageSize=100"))!;

        Assert.NotEmpty(both.Hits);
        Assert.All(both.Hits, h => Assert.Equal(CommitteeApiFactory.Östergötland, h.DocumentId));
        Assert.Equal(["region", "committee"], both.Filters!.Keys);
    }

    [Fact]
    public async Task A_bad_value_of_the_new_facet_is_a_400_naming_it()
    {
        var response = await client.GetAsync("/api/search?q=v%C3%A5rd&committee=" + new string('x', 300));
        await Problems.AssertBadRequestAsync(response, "committee");
    }

    [Fact]
    public async Task The_region_comparison_the_feed_and_the_export_filter_on_the_new_facet()
    {
        var feed = System.Xml.Linq.XDocument.Parse(await client.GetStringAsync("/api/search.atom?q=v%C3%A5rd&committee=Regionstyrelsen&region=v%C3%A4rmland"));
        Assert.Equal("Policysök: vård i Värmland, Regionstyrelsen", feed.Root!.Element(System.Xml.Linq.XName.Get("title", "http://www.w3.org/2005/Atom"))!.Value);

        var comparison = (await client.GetFromJsonAsync<Core.Search.Facets.RegionComparisonResult>("/api/regions?q=v%C3%A5rd&committee=Regionstyrelsen"))!;
        Assert.True(comparison.Total > 0);
        Assert.Equal(comparison.Total, comparison.Regions.Where(r => r.Region is "Värmland" or "Östergötland").Sum(r => r.Paragraphs));

        var csv = await client.GetStringAsync("/api/search/export?q=v%C3%A5rd&committee=H%C3%A4lso-%20och%20sjukv%C3%A5rdsn%C3%A4mnden");
        var rows = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1).ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.StartsWith(CommitteeApiFactory.Västernorrland, r.TrimStart('\uFEFF'), StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_OpenAPI_document_describes_the_new_filter_parameter()
    {
        using var json = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json"));
        var parameters = json.RootElement.GetProperty("paths").GetProperty("/api/search").GetProperty("get").GetProperty("parameters")
            .EnumerateArray().Select(p => p.GetProperty("name").GetString());
        Assert.Equal(["q", "page", "pageSize", "sort", "distinct", "region", "organisation", "documentType", "year", "municipality", "committee", "highlight"], parameters);
    }
}
