using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SearchService.Core.Search;

namespace SearchService.Api.Tests.Regions;

public class MunicipalityEndpointTests(MunicipalApiFactory factory) : IClassFixture<MunicipalApiFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task A_document_from_Kiruna_kommun_gets_region_Norrbotten_though_its_text_names_no_region()
    {
        Assert.DoesNotContain("Norrbotten", MunicipalApiFactory.Kiruna, StringComparison.OrdinalIgnoreCase);
        var result = await client.GetFromJsonAsync<SearchResult>("/api/search?q=vårdplatser&region=norrbotten&pageSize=100");
        Assert.NotNull(result);
        Assert.NotEmpty(result.Hits);
        Assert.All(result.Hits, hit =>
        {
            Assert.Equal("kiruna-vardplatser", hit.DocumentId);
            Assert.Equal("Norrbotten", hit.Region);
            Assert.Equal("Kiruna", hit.Municipality);
            Assert.Equal("Kiruna kommun", hit.Organisation);
        });
    }

    [Theory]
    [InlineData("Kiruna", "Kiruna", "kiruna-vardplatser")]
    [InlineData("kiruna kommun", "Kiruna", "kiruna-vardplatser")]
    [InlineData("Malmö stad", "Malmö", "malmo-korttid")]
    [InlineData("malmo", "Malmö", "malmo-korttid")]
    [InlineData("UMEÅ", "Umeå", "umea-hemsjukvard")]
    public async Task The_municipality_filter_takes_the_name_as_people_write_it(string municipality, string canonical, string document)
    {
        var result = await client.GetFromJsonAsync<SearchResult>($"/api/search?q=vårdplatser&municipality={Uri.EscapeDataString(municipality)}&pageSize=100");
        Assert.NotNull(result);
        Assert.NotEmpty(result.Hits);
        Assert.All(result.Hits, hit => Assert.Equal(document, hit.DocumentId));
        Assert.Equal(canonical, result.Filters?["municipality"]);
    }

    [Fact]
    public async Task The_municipality_facet_counts_each_municipality_and_ignores_its_own_filter()
    {
        var result = await client.GetFromJsonAsync<SearchResult>("/api/search?q=vårdplatser&municipality=Kiruna");
        Assert.NotNull(result);
        var facet = result.Facets["municipality"].Select(f => f.Value).ToList();
        Assert.Equal(["Kiruna", "Malmö", "Umeå"], facet.Order());
    }

    [Theory]
    [InlineData("skane", "Skåne")]
    [InlineData("SKÅNE", "Skåne")]
    [InlineData("Region Skåne", "Skåne")]
    [InlineData("Skåne län", "Skåne")]
    [InlineData("Södermanland", "Sörmland")]
    [InlineData("sodermanlands lan", "Sörmland")]
    [InlineData("Jämtland", "Jämtland Härjedalen")]
    [InlineData("Region Jämtland Härjedalen", "Jämtland Härjedalen")]
    [InlineData("Västra Götalandsregionen", "Västra Götaland")]
    [InlineData("vastra gotaland", "Västra Götaland")]
    [InlineData("Stockholms län", "Stockholm")]
    [InlineData("Östergötlands län", "Östergötland")]
    public async Task The_region_filter_takes_what_people_type_and_the_answer_names_the_region_properly(string typed, string region)
    {
        var result = await client.GetFromJsonAsync<SearchResult>($"/api/search?q=vård*&region={Uri.EscapeDataString(typed)}&pageSize=100");
        Assert.NotNull(result);
        Assert.Equal(region, result.Filters?["region"]);
        Assert.All(result.Hits, hit => Assert.Equal(region, hit.Region));
    }

    [Fact]
    public async Task An_unknown_region_is_still_a_400_listing_the_regions()
    {
        var response = await client.GetAsync("/api/search?q=vård&region=Narnia");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var message = problem.RootElement.GetProperty("errors").GetProperty("region")[0].GetString();
        Assert.Contains("Narnia", message, StringComparison.Ordinal);
        Assert.Contains("Västra Götaland", message, StringComparison.Ordinal);
    }
}
