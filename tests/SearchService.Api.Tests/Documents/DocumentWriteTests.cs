using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Lucene.Net.Index;
using Lucene.Net.Store;
using SearchService.Core.Analysis;
using SearchService.Core.Indexing;
using SearchService.Core.Search;
using SearchService.Core.Search.Documents;
using SearchService.Tests;

namespace SearchService.Api.Tests.Documents;

public class DocumentWriteTests(DocumentApiFactory factory) : IClassFixture<DocumentApiFactory>
{
    private readonly HttpClient writer = factory.CreateWriter();

    private static MultipartFormDataContent Upload(byte[] content, string fileName, params (string Name, string Value)[] fields)
    {
        var form = new MultipartFormDataContent { { new ByteArrayContent(content), "file", fileName } };
        foreach (var (name, value) in fields)
        {
            form.Add(new StringContent(value), name);
        }
        return form;
    }

    private async Task<SearchResult> Search(string query) => (await writer.GetFromJsonAsync<SearchResult>($"/api/search?q={Uri.EscapeDataString(query)}&pageSize=100"))!;

    private async Task<IReadOnlyList<SearchHit>> HitsIn(string documentId, string query) =>
        (await Search(query)).Hits.Where(h => h.DocumentId == documentId).ToList();

    private static async Task AssertProblem(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal((int)status, body.RootElement.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task Json_text_is_searchable_as_soon_as_the_put_returns_and_kept_in_the_source_folder()
    {
        var response = await writer.PutAsJsonAsync("/api/documents/gotland-plan", new
        {
            text = "# Plan för Gotland\n\nRegion Gotland öppnar fler jourplatser på Visby lasarett.",
            documentType = "Motion",
            sourceUrl = "https://example.se/gotland",
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("/api/documents/gotland-plan", response.Headers.Location?.OriginalString);
        var document = (await response.Content.ReadFromJsonAsync<DocumentView>())!;
        Assert.Equal(("Plan för Gotland", "Gotland", "motion", "Region Gotland"), (document.Title, document.Region, document.DocumentType, document.Organisation));

        // The document is the one with the word; paragraphs on its modifier alone ("jour") may follow.
        var hit = (await Search("jourplatser")).Hits[0];
        Assert.Equal(("gotland-plan", "https://example.se/gotland"), (hit.DocumentId, hit.SourceUrl));
        Assert.True(File.Exists(Path.Combine(factory.SourcePath, "gotland-plan.txt")));
        Assert.True(File.Exists(Path.Combine(factory.SourcePath, "gotland-plan.txt.meta.json")));

        var again = await writer.PutAsJsonAsync("/api/documents/gotland-plan", new { text = "Region Gotland satsar på ambulanshelikopter." });
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.DoesNotContain((await Search("jourplatser")).Hits, h => h.DocumentId == "gotland-plan");
        Assert.Single(await HitsIn("gotland-plan", "ambulanshelikopter"));
        Assert.False(File.Exists(Path.Combine(factory.SourcePath, "gotland-plan.txt.meta.json")));
    }

    [Fact]
    public async Task An_uploaded_pdf_is_read_and_its_hits_name_their_page()
    {
        var response = await writer.PutAsync("/api/documents/varmland-budget", Upload(SampleDocuments.Pdf(), "budget.pdf", ("documentType", "budget")));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        // The one paragraph with both words ranks first; paragraphs with one of them follow.
        var result = await Search("höger spalt");
        Assert.Equal(1, result.AllWordsTotal ?? result.Total);
        var hit = result.Hits[0];
        Assert.Equal(("varmland-budget", 2, "budget"), (hit.DocumentId, hit.Page, hit.DocumentType));
        Assert.True(File.Exists(Path.Combine(factory.SourcePath, "varmland-budget.pdf")));
    }

    [Fact]
    public async Task An_uploaded_word_document_is_read()
    {
        var response = await writer.PutAsync("/api/documents/skane-plan", Upload(SampleDocuments.Word(), "plan.docx"));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var document = (await response.Content.ReadFromJsonAsync<DocumentView>())!;
        Assert.Equal("Plan för vårdplatser", document.Title);
        Assert.Contains(document.Paragraphs, p => p.Text == "Fler platser på akuten");
    }

    [Fact]
    public async Task Deleting_removes_the_document_from_search_and_the_source_folder()
    {
        await writer.PutAsJsonAsync("/api/documents/tillfallig", new { text = "Ett tillfälligt dokument om hjärtstartare i Halland." });
        Assert.Single(await HitsIn("tillfallig", "hjärtstartare"));
        var response = await writer.DeleteAsync("/api/documents/tillfallig");
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Empty(await HitsIn("tillfallig", "hjärtstartare"));
        Assert.False(File.Exists(Path.Combine(factory.SourcePath, "tillfallig.txt")));
        await AssertProblem(await writer.DeleteAsync("/api/documents/tillfallig"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Content_that_is_not_what_its_name_says_is_415()
    {
        await AssertProblem(await writer.PutAsync("/api/documents/fake", Upload("bara text"u8.ToArray(), "fake.pdf")), HttpStatusCode.UnsupportedMediaType);
        await AssertProblem(await writer.PutAsync("/api/documents/fake", Upload("bara text"u8.ToArray(), "fake.exe")), HttpStatusCode.UnsupportedMediaType);
        await AssertProblem(await writer.PutAsync("/api/documents/fake", new StringContent("text", Encoding.UTF8, "text/plain")), HttpStatusCode.UnsupportedMediaType);
        Assert.False(File.Exists(Path.Combine(factory.SourcePath, "fake.pdf")));
    }

    [Fact]
    public async Task A_damaged_pdf_is_422_and_changes_nothing()
    {
        await AssertProblem(await writer.PutAsync("/api/documents/trasig", Upload("%PDF-1.4 trasig"u8.ToArray(), "trasig.pdf")), HttpStatusCode.UnprocessableEntity);
        Assert.False(File.Exists(Path.Combine(factory.SourcePath, "trasig.pdf")));
    }

    [Fact]
    public async Task Too_large_uploads_are_413()
    {
        var large = new string('a', DocumentApiFactory.MaxUploadBytes + 1);
        await AssertProblem(await writer.PutAsJsonAsync("/api/documents/stor", new { text = large }), HttpStatusCode.RequestEntityTooLarge);
        await AssertProblem(await writer.PutAsync("/api/documents/stor", Upload(Encoding.UTF8.GetBytes(large), "stor.txt")), HttpStatusCode.RequestEntityTooLarge);
    }

    [Theory]
    [InlineData("""{ "text": "" }""", "text")]
    [InlineData("""{ "text": "Vård.", "region": "Atlantis" }""", "region")]
    [InlineData("""{ "text": "Vård.", "date": "igår" }""", "date")]
    [InlineData("""{ "text": "Vård.", "sourceUrl": "ftp://x" }""", "sourceUrl")]
    [InlineData("""{ "text": """, "body")]
    public async Task Invalid_json_requests_are_400_naming_the_field(string json, string field)
    {
        var response = await writer.PutAsync("/api/documents/ogiltig", new StringContent(json, Encoding.UTF8, "application/json"));
        await AssertProblem(response, HttpStatusCode.BadRequest);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(body.RootElement.GetProperty("errors").TryGetProperty(field, out _));
    }

    [Fact]
    public async Task An_id_that_cannot_be_a_file_name_is_400()
    {
        await AssertProblem(await writer.PutAsJsonAsync("/api/documents/..hemlig", new { text = "Vård." }), HttpStatusCode.BadRequest);
        await AssertProblem(await writer.PutAsJsonAsync("/api/documents/a%20b", new { text = "Vård." }), HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Writes_without_the_key_are_refused()
    {
        var anonymous = factory.CreateClient();
        await AssertProblem(await anonymous.PutAsJsonAsync("/api/documents/x", new { text = "Vård." }), HttpStatusCode.Unauthorized);
        await AssertProblem(await anonymous.DeleteAsync("/api/documents/000_94d9eeac6d78a0db"), HttpStatusCode.Unauthorized);
        await AssertProblem(await anonymous.PostAsync("/api/admin/reindex", null), HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task While_the_indexer_holds_the_index_writes_are_409_and_nothing_changes()
    {
        using (var directory = FSDirectory.Open(factory.IndexPath))
        using (var analyzer = new SwedishAnalyzer())
        using (new IndexWriter(directory, new IndexWriterConfig(LuceneInfo.Version, analyzer)))
        {
            await AssertProblem(await writer.PutAsJsonAsync("/api/documents/upptagen", new { text = "Region Kronoberg och ambulansflyg." }), HttpStatusCode.Conflict);
            await AssertProblem(await writer.PostAsync("/api/admin/reindex", null), HttpStatusCode.Conflict);
        }
        Assert.False(File.Exists(Path.Combine(factory.SourcePath, "upptagen.txt")));
        Assert.DoesNotContain((await Search("ambulansflyg")).Hits, h => h.DocumentId == "upptagen");
    }

    [Fact]
    public async Task An_invalid_metadata_json_in_the_source_folder_is_503_and_changes_nothing()
    {
        var path = Path.Combine(factory.SourcePath, "metadata.json");
        var original = File.ReadAllText(path);
        File.WriteAllText(path, "{ trasig");
        try
        {
            await AssertProblem(await writer.PutAsJsonAsync("/api/documents/meta-fel", new { text = "Region Halland och hjärtsjukvård." }), HttpStatusCode.ServiceUnavailable);
            await AssertProblem(await writer.PostAsync("/api/admin/reindex", null), HttpStatusCode.ServiceUnavailable);
        }
        finally
        {
            File.WriteAllText(path, original);
        }
        Assert.False(File.Exists(Path.Combine(factory.SourcePath, "meta-fel.txt")));
    }

    [Fact]
    public async Task Reindex_picks_up_files_dropped_into_the_source_folder()
    {
        File.WriteAllText(Path.Combine(factory.SourcePath, "inlagd.md"), "# Inlagd\n\nRegion Blekinge utreder sjukhusbåtar.\n");
        var response = await writer.PostAsync("/api/admin/reindex", null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var report = (await response.Content.ReadFromJsonAsync<UpdateReport>())!;
        Assert.True(report.Added >= 1);
        Assert.Equal("inlagd", (await Search("sjukhusbåtar")).Hits[0].DocumentId);
    }

    [Fact]
    public async Task A_change_by_the_indexer_is_served_within_seconds_by_the_refresh_timer()
    {
        await Search("vård");
        File.WriteAllText(Path.Combine(factory.SourcePath, "extern.txt"), "Region Dalarna inför nattöppna vårdcentraler.");
        IndexUpdater.Update(factory.SourcePath, factory.IndexPath);
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while ((await Search("nattöppna")).Total == 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }
        Assert.Single((await Search("nattöppna")).Hits);
    }
}
