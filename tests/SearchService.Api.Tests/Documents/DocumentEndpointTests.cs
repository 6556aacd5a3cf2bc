using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SearchService.Core.Search;
using SearchService.Core.Search.Documents;

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

    [Fact]
    public async Task With_q_every_paragraph_is_marked_as_the_search_hit_was()
    {
        var hit = (await client.GetFromJsonAsync<SearchResult>("/api/search?q=vårdplatser"))!.Hits[0];
        var document = await client.GetFromJsonAsync<DocumentView>($"/api/documents/{hit.DocumentId}?q=vårdplatser");
        var paragraph = Assert.Single(document!.Paragraphs, p => p.Id == hit.Id);
        Assert.Equal(hit.Highlight, paragraph.Highlight);
        Assert.Equal(hit.Marks, paragraph.Marks);
        Assert.True(document.Paragraphs.Count(p => p.Marks.Count > 0) > 1, "other paragraphs with the word are marked too");
        Assert.All(document.Paragraphs.Where(p => p.Marks.Count == 0), p => Assert.DoesNotContain("<mark>", p.Highlight, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Without_q_paragraphs_carry_no_marks()
    {
        var document = await client.GetFromJsonAsync<DocumentView>("/api/documents/003_f483bdd49a294f52");
        Assert.All(document!.Paragraphs, p =>
        {
            Assert.Null(p.Highlight);
            Assert.Empty(p.Marks);
        });
    }

    [Theory]
    [InlineData("v%C3%A5rd%07platser")]
    [InlineData("och%20att")]
    public async Task A_q_that_cannot_be_searched_is_a_400_problem_naming_q(string q)
    {
        var response = await client.GetAsync($"/api/documents/003_f483bdd49a294f52?q={q}");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty("q", out _));
    }
}
