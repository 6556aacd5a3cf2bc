using System.Net;
using System.Text.Json;
using SearchService.Tests;

namespace SearchService.Api.Tests.Hosting;

public class JsonLogTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task With_the_json_format_every_line_is_a_json_object_with_the_message_fields_and_a_problem_s_traceId_finds_its_request()
    {
        using var folder = new TemporaryFolder();
        var source = Path.Combine(folder.Path, "source");
        Directory.CreateDirectory(source);
        File.Copy(Path.Combine(RepositoryPaths.Seeds, "001_e211e22770c08a41.txt"), Path.Combine(source, "001_e211e22770c08a41.txt"));
        File.WriteAllText(Path.Combine(source, "kalkyl.pdf"), "detta är ingen PDF");
        using var service = await RunningService.Start(Limit,
        [
            "--Search:IndexPath", Path.Combine(folder.Path, "index"), "--Search:SourcePath", source,
            "--Analytics:DatabasePath", Path.Combine(folder.Path, "analytics.db"),
            "--Logging:Console:FormatterName", "json",
            // Request lines are off by default (they hold the query string); on here to have a line of the request.
            "--Logging:LogLevel:Microsoft.AspNetCore.Hosting.Diagnostics", "Information",
        ]);

        var problem = await service.Client.GetAsync("/api/search?q=");
        Assert.Equal(HttpStatusCode.BadRequest, problem.StatusCode);
        var traceId = JsonDocument.Parse(await problem.Content.ReadAsStringAsync()).RootElement.GetProperty("traceId").GetString();
        Assert.Matches("^[0-9a-f]{32}$", traceId);

        var entries = await LinesUntil(service, e => Scope(e, "TraceId") == traceId && e.GetProperty("Message").GetString()!.StartsWith("Request finished", StringComparison.Ordinal));
        Assert.All(entries, e =>
        {
            Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$", e.GetProperty("Timestamp").GetString());
            Assert.False(string.IsNullOrEmpty(e.GetProperty("Category").GetString()));
            Assert.Equal(JsonValueKind.Object, e.GetProperty("State").ValueKind);
        });
        var skipped = Assert.Single(entries, e => e.GetProperty("Message").GetString()!.StartsWith("Skipped kalkyl.pdf", StringComparison.Ordinal));
        Assert.Equal("Warning", skipped.GetProperty("LogLevel").GetString());
        Assert.Equal("kalkyl.pdf", skipped.GetProperty("State").GetProperty("File").GetString());
        Assert.False(string.IsNullOrEmpty(skipped.GetProperty("State").GetProperty("Reason").GetString()));
        var indexed = Assert.Single(entries, e => e.GetProperty("Message").GetString()!.StartsWith("Indexed ", StringComparison.Ordinal));
        Assert.Equal(1, indexed.GetProperty("State").GetProperty("Documents").GetInt32());
        var request = Assert.Single(entries, e => Scope(e, "TraceId") == traceId && e.GetProperty("Message").GetString()!.StartsWith("Request finished", StringComparison.Ordinal));
        Assert.Equal(400, request.GetProperty("State").GetProperty("StatusCode").GetInt32());
        Assert.Equal("/api/search", Scope(request, "RequestPath"));
    }

    // Every line so far parsed as JSON (a line that is not fails the test), once one satisfies wanted (bounded wait:
    // the console logger writes on its own thread).
    private static async Task<List<JsonElement>> LinesUntil(RunningService service, Func<JsonElement, bool> wanted)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            var entries = service.Lines.Where(l => l.Length > 0).Select(l => JsonDocument.Parse(l).RootElement).ToList();
            if (entries.Any(wanted) || waited.Elapsed > Limit)
            {
                return entries;
            }
            await Task.Delay(100);
        }
    }

    private static string? Scope(JsonElement entry, string name) =>
        entry.GetProperty("Scopes").EnumerateArray()
            .Select(s => s.TryGetProperty(name, out var value) ? value.GetString() : null)
            .FirstOrDefault(v => v is not null);
}
