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
    [NatsFact]
    public async Task Documents_their_list_pages_searches_and_region_comparisons_answer_as_the_single_node()
    {
        await using var rig = new ClusterRig();
        await rig.StartWithSeedsAsync(replicasPerShard: 1);
        using var folder = new TemporaryFolder();
        await using var single = ApiProcess.SingleNode(folder.Path);
        await using var coordinator = ApiProcess.Coordinator(rig, new Dictionary<string, string> { ["RateLimiting__Enabled"] = "false" });
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
            "/regioner",
        ];
        foreach (var path in paths)
        {
            var (want, got) = (await expected.GetAsync(path), await actual.GetAsync(path));
            Assert.True(want.StatusCode == got.StatusCode, $"{path}: {want.StatusCode} from the single node, {got.StatusCode} from the coordinator");
            Assert.Equal(want.Content.Headers.ContentType?.ToString(), got.Content.Headers.ContentType?.ToString());
            Assert.True(Comparable(await want.Content.ReadAsStringAsync()) == Comparable(await got.Content.ReadAsStringAsync()), $"{path}: the bodies differ");
        }
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
    // what the coordinator adds (partial, missingShards, generations) the single node does not have.
    private static string Comparable(string body)
    {
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
