using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SearchService.Tests;

namespace SearchService.Api.Tests.Hosting;

/// <summary>The service started the way deploy/Dockerfile starts it: no arguments, every path, port and the key from
/// the environment, state on one data folder (the image's volume), from a working directory it must not write to.</summary>
public class ImageStartTests
{
    private const string ApiKey = "nyckel-ur-miljon-for-avbildningen-3Hq8";

    [Fact]
    public async Task Started_from_the_environment_it_builds_its_index_on_the_volume_answers_search_and_health_and_writes_nowhere_else()
    {
        using var folder = new TemporaryFolder();
        var data = Path.Combine(folder.Path, "data");
        var source = Path.Combine(data, "source");
        Directory.CreateDirectory(source);
        foreach (var seed in Directory.EnumerateFiles(RepositoryPaths.Seeds))
        {
            File.Copy(seed, Path.Combine(source, Path.GetFileName(seed)));
        }
        var workingDirectory = Path.Combine(folder.Path, "app");
        Directory.CreateDirectory(workingDirectory);
        var (port, metricsPort) = (LoopbackPorts.Free(), LoopbackPorts.Free());
        // As in the Dockerfile, but on loopback: the test binds nothing else (the image listens on all addresses).
        var environment = new Dictionary<string, string>
        {
            ["Urls"] = $"http://127.0.0.1:{port}",
            ["Search__SourcePath"] = source,
            ["Search__IndexPath"] = Path.Combine(data, "index"),
            ["Analytics__DatabasePath"] = Path.Combine(data, "analytics", "analytics.db"),
            ["Metrics__Port"] = metricsPort.ToString(CultureInfo.InvariantCulture),
            ["Logging__Console__FormatterName"] = "json",
            ["Security__ApiKey"] = ApiKey,
        };
        using var service = await RunningService.Start(TimeSpan.FromMinutes(2), [], environment, workingDirectory);
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };

        // It answers at once; /health says "warming" (503) until its start-up searches are done, then "healthy".
        using var health = await HealthOnceWarm(client);
        Assert.Equal("healthy", health.RootElement.GetProperty("status").GetString());
        Assert.Equal(5, health.RootElement.GetProperty("index").GetProperty("documents").GetInt32());
        var search = await client.GetFromJsonAsync<JsonElement>("/api/search?q=vårdplatser");
        Assert.True(search.GetProperty("total").GetInt32() > 0);

        using var put = new HttpRequestMessage(HttpMethod.Put, "/api/documents/gotland-nyhet")
        {
            Content = JsonContent.Create(new { text = "# Fler jourplatser\n\nRegion Gotland öppnar fler jourplatser i Visby." }),
        };
        put.Headers.Add("X-Api-Key", ApiKey);
        Assert.Equal(HttpStatusCode.Created, (await client.SendAsync(put)).StatusCode);
        Assert.True(File.Exists(Path.Combine(source, "gotland-nyhet.txt")));

        using var metrics = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{metricsPort}") };
        Assert.Contains("searchservice_searches_total", await metrics.GetStringAsync("/metrics"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/metrics")).StatusCode);

        Assert.NotEmpty(Directory.EnumerateFiles(Path.Combine(data, "index"), "segments_*"));
        Assert.True(File.Exists(Path.Combine(data, "analytics", "analytics.db")));
        Assert.Empty(Directory.EnumerateFileSystemEntries(workingDirectory));
    }

    private static async Task<JsonDocument> HealthOnceWarm(HttpClient client)
    {
        var deadline = DateTime.UtcNow.AddMinutes(1);
        while (true)
        {
            using var answer = await client.GetAsync("/health");
            var body = JsonDocument.Parse(await answer.Content.ReadAsStringAsync());
            if (answer.StatusCode == HttpStatusCode.OK || DateTime.UtcNow > deadline)
            {
                return body;
            }
            Assert.Equal(HttpStatusCode.ServiceUnavailable, answer.StatusCode);
            Assert.Equal("warming", body.RootElement.GetProperty("status").GetString());
            body.Dispose();
            await Task.Delay(100);
        }
    }
}
