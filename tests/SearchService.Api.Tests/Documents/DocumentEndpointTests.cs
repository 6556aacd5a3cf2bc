using System.Net;
using System.Net.Http.Json;
using SearchService.Core.Search;

namespace SearchService.Api.Tests.Documents;

public class DocumentEndpointTests(SearchApiFactory factory) : IClassFixture<SearchApiFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task A_hit_s_document_reads_back_with_the_hit_in_it()
    {
        var hit = (await client.GetFromJsonAsync<SearchResult>("/api/search?q=tolk"))!.Hits[0];
        var document = await client.GetFromJsonAsync<DocumentView>($"/api/documents/{hit.DocumentId}");
        Assert.NotNull(document);
        var paragraph = Assert.Single(document.Paragraphs, p => p.Id == hit.Id);
        Assert.Equal(hit.Text, paragraph.Text);
        Assert.Equal(hit.Paragraph, paragraph.Paragraph);
    }

    [Fact]
    public async Task An_unknown_document_is_a_404_problem()
    {
        var response = await client.GetAsync("/api/documents/nope");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
