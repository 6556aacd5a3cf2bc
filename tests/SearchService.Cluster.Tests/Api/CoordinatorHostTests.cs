using System.Diagnostics;
using System.Net;
using System.Text.Json;
using SearchService.Tests;

namespace SearchService.Cluster.Tests.Api;

/// <summary>The API host in coordinator mode, as its own process over HTTP, in front of in-process shards.</summary>
public class CoordinatorHostTests
{
    [NatsFact]
    public async Task The_coordinator_answers_search_in_the_single_nodes_shape_with_partial_and_generations_and_health_names_every_replica()
    {
        await using var rig = new ClusterRig();
        await rig.StartWithSeedsAsync(replicasPerShard: 1);
        using var coordinator = StartCoordinator(rig, out var address);
        JsonDocument search, health;
        HttpResponseMessage invalid, write;
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri(await address.WaitAsync(TimeSpan.FromSeconds(60))) };
            search = JsonDocument.Parse(await http.GetStringAsync("/api/search?q=v%C3%A5rdplatser&pageSize=3"));
            health = JsonDocument.Parse(await ReadHealthWithReplicasAsync(http));
            invalid = await http.GetAsync("/api/search?q=");
            write = await http.PutAsync("/api/documents/ny", new StringContent("{}"));
        }
        finally
        {
            coordinator.Kill();
            await coordinator.WaitForExitAsync();
        }

        using var searched = search;
        using var healthReport = health;
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

    private static Process StartCoordinator(ClusterRig rig, out Task<string> address)
    {
        var listening = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        address = listening.Task;
        var options = rig.Options("coordinator");
        return BuiltProgram.Start("SearchService.Api.dll", [], line =>
        {
            const string Marker = "Now listening on: ";
            if (line.IndexOf(Marker, StringComparison.Ordinal) is var at and >= 0)
            {
                listening.TrySetResult(line[(at + Marker.Length)..].Trim());
            }
        }, new Dictionary<string, string>
        {
            ["Cluster__Role"] = "coordinator",
            ["Cluster__Shards"] = options.Shards.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Cluster__NatsUrls"] = options.NatsUrls,
            ["Cluster__StorageReplicas"] = options.StorageReplicas.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Cluster__InstanceName"] = "coordinator",
            ["Urls"] = "http://127.0.0.1:0",
        });
    }
}
