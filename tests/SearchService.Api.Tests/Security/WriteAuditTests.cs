using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;

namespace SearchService.Api.Tests.Security;

// Issue 13, finding 7: writes left no audit line, and a truncated multipart body answered 503 with a
// stack trace in the log.
public class WriteAuditTests(DocumentApiFactory factory) : IClassFixture<DocumentApiFactory>
{
    private readonly LogCollector log = new();

    private WebApplicationFactory<Program> Audited() => factory.WithWebHostBuilder(b =>
    {
        log.AddTo(b);
        b.WithPeerAddressFromHeader();
    });

    private IReadOnlyList<LogCollector.Entry> AuditLines() => log.Entries.Where(e => e.Category == "SearchService.Audit").ToList();

    [Fact]
    public async Task Every_write_leaves_one_audit_line_with_id_client_and_result()
    {
        using var audited = Audited();
        var writer = audited.CreateClient();
        writer.DefaultRequestHeaders.Add(PipelineProbes.PeerHeader, "198.51.100.7");
        var stranger = audited.CreateClient();
        stranger.DefaultRequestHeaders.Add(PipelineProbes.PeerHeader, "198.51.100.66");
        writer.DefaultRequestHeaders.Add("X-Api-Key", DocumentApiFactory.ApiKey);

        await writer.PutAsJsonAsync("/api/documents/granskad", new { text = "Granskning\n\nRevisorerna granskar vårdplatserna." });
        await stranger.DeleteAsync("/api/documents/granskad");
        await writer.DeleteAsync("/api/documents/granskad");

        var lines = AuditLines();
        Assert.Equal(3, lines.Count);
        Assert.Equal(
        [
            ("PUT /api/documents/granskad", "granskad", "198.51.100.7", 201, LogLevel.Information),
            ("DELETE /api/documents/granskad", "granskad", "198.51.100.66", 401, LogLevel.Warning),
            ("DELETE /api/documents/granskad", "granskad", "198.51.100.7", 204, LogLevel.Information),
        ], lines.Select(l => ((string)l.Fields["Write"]!, (string?)l.Fields["DocumentId"], (string)l.Fields["Client"]!, (int)l.Fields["Status"]!, l.Level)));
        Assert.Contains("A valid API key is required", (string)lines[1].Fields["Outcome"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_truncated_multipart_body_is_a_400_problem_not_a_503()
    {
        using var audited = Audited();
        var writer = audited.CreateClient();
        writer.DefaultRequestHeaders.Add("X-Api-Key", DocumentApiFactory.ApiKey);
        var body = new StringContent("--grans\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n\r\nVårdplatser ska bli fl", Encoding.UTF8);
        body.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse("multipart/form-data; boundary=grans");

        var response = await writer.PutAsync("/api/documents/trunkerad", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains("incomplete or malformed", problem.RootElement.GetProperty("errors").GetProperty("body")[0].GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain(log.Entries, e => e.Level >= LogLevel.Error);
        Assert.Equal(400, (int)Assert.Single(AuditLines()).Fields["Status"]!);
    }
}
