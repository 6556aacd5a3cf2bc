using System.Net;
using System.Net.Http.Json;
using SearchService.Core.Search.Documents;

namespace SearchService.Api.Tests.Documents;

// Issue 13, finding 4: GET /api/documents/{id} answered every paragraph (8–14 MB for 16,000 of them),
// and the page /documents/{id} loaded them all just to choose between 200 and 404.
public class LargeDocumentTests(DocumentApiFactory factory) : IClassFixture<DocumentApiFactory>
{
    private const int Paragraphs = 1_500;

    private readonly HttpClient writer = factory.CreateWriter();

    private async Task PutLargeDocument()
    {
        var text = "# Lång plan\n\n" + string.Join("\n\n", Enumerable.Range(1, Paragraphs).Select(i => $"Stycke {i} handlar om vårdplatser i länet."));
        var response = await writer.PutAsJsonAsync("/api/documents/lang-plan", new { text });
        Assert.True(response.IsSuccessStatusCode, $"PUT answered {response.StatusCode}");
    }

    [Fact]
    public async Task A_large_document_is_answered_a_page_at_a_time()
    {
        await PutLargeDocument();

        var first = (await writer.GetFromJsonAsync<DocumentView>("/api/documents/lang-plan?q=vårdplatser"))!;
        var last = (await writer.GetFromJsonAsync<DocumentView>("/api/documents/lang-plan?from=1401&count=1000"))!;

        Assert.Equal((Paragraphs, 1, 200), (first.ParagraphCount, first.From, first.Paragraphs.Count));
        Assert.Equal(Enumerable.Range(1, 200), first.Paragraphs.Select(p => p.Paragraph));
        Assert.All(first.Paragraphs, p => Assert.NotEmpty(p.Marks));
        Assert.Equal((Paragraphs, 1401), (last.ParagraphCount, last.From));
        Assert.Equal(Enumerable.Range(1401, 100), last.Paragraphs.Select(p => p.Paragraph));
        Assert.Equal("Stycke 1500 handlar om vårdplatser i länet.", last.Paragraphs[^1].Text);
    }

    [Theory]
    [InlineData("from=0", "from")]
    [InlineData("count=0", "count")]
    [InlineData("count=1001", "count")]
    public async Task A_page_out_of_range_is_a_400_problem_naming_it(string query, string parameter)
    {
        var response = await writer.GetAsync("/api/documents/003_f483bdd49a294f52?" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<Microsoft.AspNetCore.Http.HttpValidationProblemDetails>();
        Assert.Contains(parameter, problem!.Errors.Keys);
    }

    [Fact]
    public async Task The_document_page_of_a_large_document_is_a_200_and_of_an_unknown_one_a_404()
    {
        await PutLargeDocument();

        Assert.Equal(HttpStatusCode.OK, (await writer.GetAsync("/documents/lang-plan")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await writer.GetAsync("/documents/okand-plan")).StatusCode);
    }
}
