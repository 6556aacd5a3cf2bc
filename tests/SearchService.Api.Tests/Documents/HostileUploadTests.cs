using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SearchService.Api.Health;
using SearchService.Tests;

namespace SearchService.Api.Tests.Documents;

// Issue 13, findings 2 and 3 through the real pipeline: the nested .docx's PUT killed the service.
public class HostileUploadTests(DocumentApiFactory factory) : IClassFixture<DocumentApiFactory>
{
    private readonly HttpClient writer = factory.CreateWriter();

    public static TheoryData<string, string> Files => new()
    {
        { "nested", "nested.docx" },
        { "inflating", "bomb.docx" },
        { "nested-html", "nested.html" },
    };

    [Theory]
    [MemberData(nameof(Files))]
    public async Task A_hostile_file_gets_a_422_and_the_service_lives_on(string kind, string fileName)
    {
        var content = kind switch
        {
            "nested" => HostileDocuments.NestedWord(),
            "inflating" => HostileDocuments.InflatingWord(),
            _ => HostileDocuments.NestedHtml(depth: 15_000),
        };
        using var form = new MultipartFormDataContent { { new ByteArrayContent(content), "file", fileName } };

        var response = await writer.PutAsync("/api/documents/" + kind, form);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.StartsWith("refused as hostile", body.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(factory.SourcePath, kind + Path.GetExtension(fileName))));
        var health = await writer.GetFromJsonAsync<HealthEndpoints.HealthReport>("/health");
        Assert.Equal("healthy", health!.Status);
        Assert.Equal(HttpStatusCode.OK, (await writer.GetAsync("/api/search?q=vårdplatser")).StatusCode);
    }
}
