using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SearchService.Core.Documents;
using SearchService.Core.Search;
using SearchService.Core.Search.Facets;

namespace SearchService.Api.Tests.Regions;

public class RegionEndpointTests(MunicipalApiFactory factory) : IClassFixture<MunicipalApiFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Theory]
    [InlineData("q=vårdplatser")]
    [InlineData("q=vård*")]
    [InlineData("q=vårdplatser&documentType=budget")]
    [InlineData("q=primärvården OR vårdplatser&year=2024")]
    [InlineData("q=vårdplatser korttidsboendet")]
    public async Task Counts_agree_with_the_searchs_region_facet_and_total(string query)
    {
        var comparison = await CompareAsync(query);
        var search = await client.GetFromJsonAsync<SearchResult>("/api/search?" + query);
        Assert.NotNull(search);

        Assert.Equal(22, comparison.Regions.Count);
        Assert.Equal([.. SwedishRegions.All.Select(r => r.Name), "nationellt"], comparison.Regions.Select(r => r.Region));
        Assert.Equal(search.Total, comparison.Total);
        var facet = search.Facets["region"].ToDictionary(f => f.Value, f => f.Count);
        foreach (var region in comparison.Regions.Take(21))
        {
            Assert.Equal(facet.GetValueOrDefault(region.Region), region.Paragraphs);
        }
        Assert.Equal(search.Total - facet.Values.Sum(), comparison.Regions[^1].Paragraphs);
    }

    [Fact]
    public async Task A_regions_count_is_the_total_of_a_search_filtered_to_it_and_its_best_hits_are_that_searchs_first_three()
    {
        var comparison = await CompareAsync("q=vårdplatser");
        var compared = comparison.Regions.Where(r => r.Paragraphs > 0 && r.Region != "nationellt").ToList();
        Assert.True(compared.Count >= 4, "regions with matches: " + string.Join(", ", compared.Select(r => r.Region)));
        foreach (var region in compared)
        {
            var search = await client.GetFromJsonAsync<SearchResult>($"/api/search?q=vårdplatser&region={Uri.EscapeDataString(region.Region)}&pageSize=3");
            Assert.NotNull(search);
            Assert.Equal(search.Total, region.Paragraphs);
            Assert.Equal(Math.Min(3, region.Paragraphs), region.Hits.Count);
            Assert.Equal(search.Hits.Select(h => (h.Id, h.Highlight, h.Snippet, h.Score)), region.Hits.Select(h => (h.Id, h.Highlight, h.Snippet, h.Score)));
            Assert.Equal(search.Hits.Select(h => string.Join(";", h.Marks)), region.Hits.Select(h => string.Join(";", h.Marks)));
            Assert.All(region.Hits, h => Assert.Equal(region.Region, h.Region));
        }
    }

    [Fact]
    public async Task Documents_are_counted_once_however_many_of_their_paragraphs_match()
    {
        var comparison = await CompareAsync("q=vårdplatser");
        var västernorrland = comparison.Regions.Single(r => r.Region == "Västernorrland");
        Assert.True(västernorrland.Paragraphs > 1);
        Assert.Equal(1, västernorrland.Documents);
        Assert.Equal(1, comparison.Regions.Single(r => r.Region == "Norrbotten").Documents);
        Assert.Equal(comparison.Regions.Sum(r => r.Documents), comparison.Documents);
    }

    [Fact]
    public async Task The_share_is_matches_per_ten_thousand_of_the_regions_indexed_paragraphs()
    {
        var comparison = await CompareAsync("q=vårdplatser");
        using var documents = JsonDocument.Parse(await client.GetStringAsync("/api/documents?pageSize=100"));
        var indexed = documents.RootElement.GetProperty("documents").EnumerateArray()
            .GroupBy(d => d.GetProperty("region").GetString() ?? "nationellt")
            .ToDictionary(g => g.Key, g => g.Sum(d => d.GetProperty("paragraphs").GetInt32()));
        foreach (var region in comparison.Regions)
        {
            Assert.Equal(indexed.GetValueOrDefault(region.Region), region.IndexedParagraphs);
            var expected = region.IndexedParagraphs == 0 ? 0 : Math.Round(region.Paragraphs * 10_000.0 / region.IndexedParagraphs, 2);
            Assert.Equal(expected, region.PerTenThousand);
        }
        // Kiruna's short document makes Norrbotten's share far larger than Västernorrland's, which has more matches.
        var norrbotten = comparison.Regions.Single(r => r.Region == "Norrbotten");
        var västernorrland = comparison.Regions.Single(r => r.Region == "Västernorrland");
        Assert.True(västernorrland.Paragraphs > norrbotten.Paragraphs);
        Assert.True(norrbotten.PerTenThousand > västernorrland.PerTenThousand);
    }

    [Fact]
    public async Task With_a_filter_the_share_is_taken_of_the_regions_paragraphs_that_pass_it()
    {
        var all = await CompareAsync("q=vårdplatser");
        var budgets = await CompareAsync("q=vårdplatser&documentType=budget");
        var värmland = (All: all.Regions.Single(r => r.Region == "Värmland"), Budgets: budgets.Regions.Single(r => r.Region == "Värmland"));
        Assert.True(värmland.All.IndexedParagraphs > 0);
        Assert.Equal(0, värmland.Budgets.IndexedParagraphs);
        var västernorrland = budgets.Regions.Single(r => r.Region == "Västernorrland");
        Assert.Equal(all.Regions.Single(r => r.Region == "Västernorrland").IndexedParagraphs, västernorrland.IndexedParagraphs);
        Assert.Equal(0, budgets.Regions.Single(r => r.Region == "Norrbotten").IndexedParagraphs);
    }

    [Fact]
    public async Task Matches_are_counted_per_year_of_the_documents_date()
    {
        var comparison = await CompareAsync("q=vårdplatser");
        var norrbotten = comparison.Regions.Single(r => r.Region == "Norrbotten");
        Assert.Equal([new YearCount(2024, norrbotten.Paragraphs)], norrbotten.Years);
        Assert.Equal([new YearCount(2023, comparison.Regions.Single(r => r.Region == "Skåne").Hits.Count(h => h.Municipality == "Malmö"))],
            comparison.Regions.Single(r => r.Region == "Skåne").Years);
        Assert.Contains(2025, comparison.Years);
        Assert.Equal(comparison.Years.Order(), comparison.Years);
    }

    [Fact]
    public async Task A_filter_applies_to_every_region()
    {
        var comparison = await CompareAsync("q=vårdplatser&municipality=kiruna");
        Assert.Equal(comparison.Total, comparison.Regions.Single(r => r.Region == "Norrbotten").Paragraphs);
        Assert.True(comparison.Total > 0);
    }

    [Theory]
    [InlineData("", "q")]
    [InlineData("q=och%20att", "q")]
    [InlineData("q=v%C3%A5rd&municipality=Atlantis", "municipality")]
    [InlineData("q=v%C3%A5rd&year=1066", "year")]
    [InlineData("q=v%C3%A5rd&year=nyss", null)]
    [InlineData("q=v%C3%A5rd&highlight=allt", "highlight")]
    public async Task Bad_input_is_a_400_problem(string query, string? parameter)
    {
        var response = await client.GetAsync("/api/regions?" + query);
        if (parameter is null)
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            return;
        }
        await Problems.AssertBadRequestAsync(response, parameter);
    }

    [Fact]
    public async Task The_same_comparison_twice_is_answered_alike()
    {
        var first = await CompareAsync("q=vårdplatser");
        var second = await CompareAsync("q=vårdplatser");
        Assert.Equal(JsonSerializer.Serialize(first with { TookMs = 0 }), JsonSerializer.Serialize(second with { TookMs = 0 }));
    }

    private async Task<RegionComparisonResult> CompareAsync(string query)
    {
        var response = await client.GetAsync("/api/regions?" + query);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<RegionComparisonResult>())!;
    }
}
