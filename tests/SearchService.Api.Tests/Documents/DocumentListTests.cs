using System.Net;
using System.Net.Http.Json;
using SearchService.Core.Search;
using SearchService.Core.Search.Documents;

namespace SearchService.Api.Tests.Documents;

public class DocumentListTests(SearchApiFactory factory) : IClassFixture<SearchApiFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task All_documents_are_listed_with_metadata_and_paragraph_counts()
    {
        var list = (await client.GetFromJsonAsync<DocumentList>("/api/documents"))!;
        Assert.Equal(5, list.Total);
        var värmland = Assert.Single(list.Documents, d => d.Id == "001_e211e22770c08a41");
        Assert.Equal(("Värmland", "Region Värmland", "revisionssvar", "2023-06-13"), (värmland.Region, värmland.Organisation, värmland.DocumentType, värmland.Date));
        var view = (await client.GetFromJsonAsync<DocumentView>("/api/documents/001_e211e22770c08a41"))!;
        Assert.Equal(view.Paragraphs.Count, värmland.Paragraphs);
    }

    [Fact]
    public async Task Filters_narrow_the_list()
    {
        var budgets = (await client.GetFromJsonAsync<DocumentList>("/api/documents?documentType=BUDGET"))!;
        Assert.Equal(["000_94d9eeac6d78a0db", "004_0410683bcf7f9b19"], budgets.Documents.Select(d => d.Id));
        var skåne = (await client.GetFromJsonAsync<DocumentList>("/api/documents?region=skåne&documentType=budget"))!;
        Assert.Equal("000_94d9eeac6d78a0db", Assert.Single(skåne.Documents).Id);
        var page = (await client.GetFromJsonAsync<DocumentList>("/api/documents?pageSize=2&page=3"))!;
        Assert.Equal((5, 1), (page.Total, page.Documents.Count));
    }

    [Theory]
    [InlineData("region=Atlantis")]
    [InlineData("pageSize=0")]
    [InlineData("page=0")]
    public async Task Bad_list_parameters_are_400(string query)
    {
        var response = await client.GetAsync($"/api/documents?{query}");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Search_filters_on_organisation_document_type_and_year_and_rejects_bad_ones()
    {
        var result = (await client.GetFromJsonAsync<SearchResult>("/api/search?q=v%C3%A5rd&documentType=nyhet&year=2019"))!;
        Assert.NotEmpty(result.Hits);
        Assert.All(result.Hits, h => Assert.Equal(("nyhet", "Region Östergötland"), (h.DocumentType, h.Organisation)));
        Assert.Contains(result.Facets["year"], f => f.Value == "2017");

        foreach (var bad in new[] { "year=12", "year=abc", "organisation=" + new string('x', 300) })
        {
            var response = await client.GetAsync($"/api/search?q=v%C3%A5rd&{bad}");
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        }
    }
}
