using System.Net;
using System.Net.Http.Json;
using SearchService.Core.Search;

namespace SearchService.Api.Tests.Documents;

// Issue 13, finding 6: with a source file "casey.TXT" (an upper-case extension, common from Windows) a
// PUT answered 200 while the old text was still served, and a DELETE 204 while it stayed searchable.
public class TakedownTests(DocumentApiFactory factory) : IClassFixture<DocumentApiFactory>
{
    private readonly HttpClient writer = factory.CreateWriter();

    private async Task<IReadOnlyList<string>> DocumentsFound(string word) =>
        (await writer.GetFromJsonAsync<SearchResult>($"/api/search?q={word}&pageSize=100"))!.Hits.Select(h => h.DocumentId).ToList();

    private async Task AddFromWindows(string fileName, string text)
    {
        await File.WriteAllTextAsync(Path.Combine(factory.SourcePath, fileName), text);
        Assert.Equal(HttpStatusCode.OK, (await writer.PostAsync("/api/admin/reindex", null)).StatusCode);
    }

    [Fact]
    public async Task A_put_replaces_a_file_whose_extension_is_in_upper_case()
    {
        await AddFromWindows("casey.TXT", "Caseys plan\n\nGammal text om lasarettsflygplatser.");
        Assert.Contains("casey", await DocumentsFound("lasarettsflygplatser"));

        var response = await writer.PutAsJsonAsync("/api/documents/casey", new { text = "Caseys plan\n\nNy text om ambulanshelikoptrar." });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("casey", await DocumentsFound("lasarettsflygplatser"));
        Assert.Contains("casey", await DocumentsFound("ambulanshelikoptrar"));
        Assert.Equal(["casey.txt"], Directory.EnumerateFiles(factory.SourcePath, "casey.*").Select(Path.GetFileName));
    }

    [Fact]
    public async Task A_delete_takes_down_a_file_whose_extension_is_in_upper_case()
    {
        await AddFromWindows("dana.TXT", "Danas plan\n\nText om sjukhusbåtar i skärgården.");
        Assert.Contains("dana", await DocumentsFound("sjukhusbåtar"));

        var response = await writer.DeleteAsync("/api/documents/dana");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.DoesNotContain("dana", await DocumentsFound("sjukhusbåtar"));
        Assert.Empty(Directory.EnumerateFiles(factory.SourcePath, "dana.*"));
    }
}
