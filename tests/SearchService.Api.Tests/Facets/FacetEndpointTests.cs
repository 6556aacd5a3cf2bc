using System.Net.Http.Json;
using SearchService.Api.Facets;

namespace SearchService.Api.Tests.Facets;

public class FacetEndpointTests(SearchApiFactory factory) : IClassFixture<SearchApiFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task Facets_are_listed_in_the_order_answers_give_them_with_their_labels()
    {
        var facets = await client.GetFromJsonAsync<List<FacetLabel>>("/api/facets");

        Assert.Equal(
            [new("region", "Region"), new("organisation", "Organisation"), new("documentType", "Dokumenttyp"), new("year", "År"), new("municipality", "Kommun")],
            facets!);
    }
}
