using System.Net;
using System.Text.Json;

namespace SearchService.Cluster.Tests.Api;

/// <summary>The API host in coordinator mode, as its own process over HTTP, in front of in-process shards.</summary>
public class CoordinatorHostTests
{
    [NatsFact]
    public async Task The_coordinator_answers_search_in_the_single_nodes_shape_with_partial_and_generations_health_names_every_replica_and_its_api_is_described()
    {
        await using var rig = new ClusterRig();
        await rig.StartWithSeedsAsync(replicasPerShard: 1);
        JsonDocument search, health, openApi;
        HttpResponseMessage invalid, write, reference;
        await using (var coordinator = ApiProcess.Coordinator(rig))
        {
            using var http = await coordinator.ClientAsync();
            search = JsonDocument.Parse(await http.GetStringAsync("/api/search?q=v%C3%A5rdplatser&pageSize=3"));
            health = JsonDocument.Parse(await ReadHealthWithReplicasAsync(http));
            invalid = await http.GetAsync("/api/search?q=");
            write = await http.PutAsync("/api/documents/ny", new StringContent("{}"));
            openApi = JsonDocument.Parse(await http.GetStringAsync("/openapi/v1.json"));
            reference = await http.GetAsync("/docs");
        }

        using var searched = search;
        using var healthReport = health;
        using var described = openApi;
        var root = search.RootElement;
        Assert.False(root.GetProperty("partial").GetBoolean());
        Assert.Empty(root.GetProperty("missingShards").EnumerateArray());
        Assert.Equal(["shard-0", "shard-1"], root.GetProperty("generations").EnumerateObject().Select(p => p.Name));
        Assert.Equal(3, root.GetProperty("hits").GetArrayLength());
        Assert.True(root.GetProperty("total").GetInt32() > 3);
        Assert.True(root.GetProperty("facets").TryGetProperty("region", out _));
        Assert.Equal("healthy", health.RootElement.GetProperty("status").GetString());
        Assert.Equal(2, health.RootElement.GetProperty("shards").GetArrayLength());
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Equal("application/problem+json", invalid.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.Forbidden, write.StatusCode);
        // The pages link to the API reference: the coordinator describes the endpoints it serves.
        var paths = openApi.RootElement.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Superset(new HashSet<string> { "/api/search", "/api/regions", "/api/search.atom", "/api/search/export", "/api/analyze", "/api/facets", "/api/documents/{id}" }, paths.ToHashSet());
        Assert.True(openApi.RootElement.GetProperty("paths").GetProperty("/api/search").GetProperty("get").GetProperty("responses").TryGetProperty("200", out _));
        Assert.Equal(HttpStatusCode.OK, reference.StatusCode);
    }

    // Replicas report every two seconds: health names them all once each has reported.
    private static async Task<string> ReadHealthWithReplicasAsync(HttpClient http)
    {
        var body = "";
        await ClusterRig.WaitUntilAsync(async () =>
        {
            body = await http.GetStringAsync("/health");
            return body.Contains("\"healthy\"", StringComparison.Ordinal);
        }, 20, "health reports a serving replica for every shard");
        return body;
    }
}
