using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using SearchService.Core.Evaluation;
using SearchService.Tests;

namespace SearchService.Cluster.Tests.Api;

/// <summary>The coordinator's public API over HTTP against the single node's over the same documents: the same
/// requests get the same statuses and bodies.</summary>
public class CoordinatorApiTests
{
    private static readonly string ApiKey = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(24));

    [NatsFact]
    public async Task Documents_pages_searches_comparisons_feeds_exports_analysis_metrics_and_query_analytics_answer_as_the_single_node()
    {
        await using var rig = new ClusterRig();
        await rig.StartWithSeedsAsync(replicasPerShard: 1);
        using var folder = new TemporaryFolder();
        // Each process counts its own queries, in its own database.
        Dictionary<string, string> Settings(string name) => new()
        {
            ["RateLimiting__Enabled"] = "false",
            ["Security__ApiKey"] = ApiKey,
            ["Analytics__DatabasePath"] = Path.Combine(folder.Path, name + "-analytics.db"),
        };
        await using var single = ApiProcess.SingleNode(Path.Combine(folder.Path, "index"), Settings("single"));
        await using var coordinator = ApiProcess.Coordinator(rig, Settings("coordinator"));
        using var expected = await single.ClientAsync();
        using var actual = await coordinator.ClientAsync();

        var list = JsonNode.Parse(await expected.GetStringAsync("/api/documents"))!;
        var ids = list["documents"]!.AsArray().Select(d => (string)d!["id"]!).ToList();
        Assert.Equal(5, ids.Count);
        // The seeds' documents lie on both shards, so a document read and the merged list are tested across them.
        Assert.Equal(2, ids.Select(id => ShardRouter.ShardOf(id, rig.Shards)).Distinct().Count());
        List<string> paths =
        [
            "/api/documents", "/api/documents?pageSize=2&page=2", "/api/documents?region=Sk%C3%A5ne", "/api/documents?pageSize=2&page=9",
            "/api/documents?page=0", "/api/documents?region=Narnia",
            .. ids.SelectMany(id => (string[])[
                $"/api/documents/{id}", $"/api/documents/{id}?from=3&count=2",
                $"/api/documents/{id}?q=v%C3%A5rdplatser", $"/api/documents/{id}?q=vardplatser&count=5", $"/api/documents/{id}?q=v%C3%A5rdplaster&count=5",
                $"/documents/{id}"]),
            "/api/documents/no-such-document", "/api/documents/no-such-document?q=och", $"/api/documents/{ids[0]}?q=och",
            $"/api/documents/{ids[0]}?count=0", $"/api/documents/{ids[0]}?from=0&q=", "/documents/no-such-document",
            .. Queries.SelectMany(query => (string[])[
                $"/api/search?q={Uri.EscapeDataString(query.Query)}{(query.Region is null ? "" : "&region=" + Uri.EscapeDataString(query.Region))}",
                $"/api/regions?q={Uri.EscapeDataString(query.Query)}"]),
            "/api/regions?q=v%C3%A5rdplatser&year=2024", "/api/regions?q=och", "/api/regions?q=", "/api/search?q=tolk&page=2&pageSize=3",
            "/regioner", "/api/search?q=qxzvbn",
            .. Queries.SelectMany(query => (string[])[
                $"/api/search.atom?q={Uri.EscapeDataString(query.Query)}{(query.Region is null ? "" : "&region=" + Uri.EscapeDataString(query.Region))}",
                $"/api/search/export?q={Uri.EscapeDataString(query.Query)}{(query.Region is null ? "" : "&region=" + Uri.EscapeDataString(query.Region))}"]),
            "/api/search.atom?q=", "/api/search.atom?q=och", "/api/search/export?q=och", "/api/search/export?q=tolk&format=xml", "/api/search/export?q=region&year=2024",
            "/api/analyze?text=v%C3%A5rdplats-%20och%20personalbristen", "/api/analyze?text=Ambulanshelikoptrarna%20flyger", "/api/analyze?text=",
            "/api/facets",
        ];
        var feedEntries = 0;
        foreach (var path in paths)
        {
            var (want, got) = (await expected.GetAsync(path), await actual.GetAsync(path));
            Assert.True(want.StatusCode == got.StatusCode, $"{path}: {want.StatusCode} from the single node, {got.StatusCode} from the coordinator");
            Assert.Equal(want.Content.Headers.ContentType?.ToString(), got.Content.Headers.ContentType?.ToString());
            Assert.Equal(want.Content.Headers.ContentDisposition?.ToString(), got.Content.Headers.ContentDisposition?.ToString());
            var (wantBody, gotBody) = (Comparable(await want.Content.ReadAsStringAsync(), expected), Comparable(await got.Content.ReadAsStringAsync(), actual));
            Assert.True(wantBody == gotBody, $"{path}: the bodies differ\n{wantBody}\n----\n{gotBody}");
            feedEntries += path.StartsWith("/api/search.atom", StringComparison.Ordinal) ? wantBody.Split("<entry>").Length - 1 : 0;
        }
        Assert.True(feedEntries > 10, $"the feeds compared hold {feedEntries} entries");

        // Both counted the same searches and clicks, each in its own metrics and analytics.
        foreach (var client in (HttpClient[])[expected, actual])
        {
            using var click = new StringContent("""{"query":"vårdplatser","page":1}""", System.Text.Encoding.UTF8, "text/plain");
            Assert.Equal(HttpStatusCode.NoContent, (await client.PostAsync("/api/analytics/click", click)).StatusCode);
        }
        Assert.Equal(await SearchCountsAsync(expected), await SearchCountsAsync(actual));
        Assert.Equal(Comparable(await AnalyticsAsync(expected), expected), Comparable(await AnalyticsAsync(actual), actual));
    }

    // The search counters of /metrics (Prometheus text): searches and zero-hit searches answered.
    private static async Task<string> SearchCountsAsync(HttpClient client)
    {
        var response = await client.GetAsync("/metrics");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("text/plain", response.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
        var counts = (await response.Content.ReadAsStringAsync()).Split('\n')
            .Where(line => line.StartsWith("searchservice_searches_", StringComparison.Ordinal))
            .Select(line => string.Join(' ', line.Split(' ').Take(2)))
            .ToList();
        Assert.Equal(2, counts.Count);
        return string.Join('\n', counts);
    }

    private static async Task<string> AnalyticsAsync(HttpClient client)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/admin/analytics?limit=100");
        request.Headers.Add("X-Api-Key", ApiKey);
        var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("vårdplatser", body, StringComparison.Ordinal);
        return body;
    }

    // As the single node's WorkChargeTests: one permit a second, bursts of twelve, each client (here, each
    // coordinator: every request comes from 127.0.0.1) charged for the expansion work its searches cost the shards.
    [NatsFact]
    public async Task The_coordinator_limits_a_client_sending_misspelt_words_sooner_than_one_sending_common_words()
    {
        await using var rig = new ClusterRig();
        await rig.StartWithSeedsAsync(replicasPerShard: 1);
        var limits = new Dictionary<string, string> { ["RateLimiting__PermitsPerSecond"] = "1", ["RateLimiting__Burst"] = "12" };
        await using var cheapCoordinator = ApiProcess.Coordinator(rig, limits);
        await using var costlyCoordinator = ApiProcess.Coordinator(rig, limits);
        using var cheapClient = await cheapCoordinator.ClientAsync();
        using var costlyClient = await costlyCoordinator.ClientAsync();

        var (cheap, _) = await AllowedInARow(cheapClient, page => $"/api/search?q=tolk&page={page}");
        var (costly, refused) = await AllowedInARow(costlyClient, page => $"/api/search?q=v%C3%A5rdplaster&page={page}");
        var health = await costlyClient.GetAsync("/health");

        // A refill or two may land while a loaded machine answers the cheap run.
        Assert.InRange(cheap, 12, 15);
        Assert.InRange(costly, 1, cheap / 2);
        Assert.InRange(refused!.Headers.RetryAfter?.Delta?.TotalSeconds ?? 0, 1, 2);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Too many requests.", JsonNode.Parse(await refused.Content.ReadAsStringAsync())!["title"]!.GetValue<string>());
        Assert.True(refused.Headers.Contains("X-Content-Type-Options"), "security headers on a refusal too");
        // As on the single node, only /api and the document pages are limited.
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

    private static async Task<(int Allowed, HttpResponseMessage? Refused)> AllowedInARow(HttpClient client, Func<int, string> path, int most = 30)
    {
        for (var page = 1; page <= most; page++)
        {
            var response = await client.GetAsync(path(page));
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                return (page - 1, response);
            }
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
        return (most, null);
    }

    private static readonly IReadOnlyList<JudgedQuery> Queries = RelevanceSet.Load(Path.Combine(RepositoryPaths.Root, "tests", "eval", "relevance.json"));

    // A problem's traceId names the request and tookMs is the time it took, which differ between any two answers;
    // what the coordinator adds (partial, missingShards, generations) the single node does not have; feeds link
    // to the address each process listens on.
    private static string Comparable(string body, HttpClient client)
    {
        body = body.Replace(client.BaseAddress!.GetLeftPart(UriPartial.Authority), "http://service", StringComparison.Ordinal);
        // An empty feed is dated by its index's last commit: the single node's and the shards' were made apart.
        if (body.Contains("<feed", StringComparison.Ordinal) && !body.Contains("<entry>", StringComparison.Ordinal))
        {
            body = System.Text.RegularExpressions.Regex.Replace(body, "<updated>[^<]*</updated>", "<updated />");
        }
        if (!body.StartsWith('{'))
        {
            return body;
        }
        var json = JsonNode.Parse(body)!.AsObject();
        foreach (var varying in (string[])["traceId", "tookMs", "generations", "missingShards"])
        {
            json.Remove(varying);
        }
        if (json["partial"] is { } partial)
        {
            Assert.False(partial.GetValue<bool>());
            json.Remove("partial");
        }
        return json.ToJsonString(new JsonSerializerOptions { WriteIndented = false });
    }
}
