using System.Diagnostics;
using System.Globalization;
using SearchService.Tests;

namespace SearchService.Cluster.Tests.Api;

/// <summary>The API host as its own process on a free loopback port: a cluster coordinator or a single node.
/// Disposing kills it (only this process, by its pid) and waits for it to exit.</summary>
public sealed class ApiProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly TaskCompletionSource<string> listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private ApiProcess(IReadOnlyDictionary<string, string> environment)
    {
        process = BuiltProgram.Start("SearchService.Api.dll", [], line =>
        {
            const string Marker = "Now listening on: ";
            if (line.IndexOf(Marker, StringComparison.Ordinal) is var at and >= 0)
            {
                listening.TrySetResult(line[(at + Marker.Length)..].Trim());
            }
        }, new Dictionary<string, string>(environment) { ["Urls"] = "http://127.0.0.1:0" });
    }

    /// <summary>A coordinator of <paramref name="rig"/>'s cluster, with <paramref name="settings"/> added.</summary>
    public static ApiProcess Coordinator(ClusterRig rig, IReadOnlyDictionary<string, string>? settings = null)
    {
        var options = rig.Options("coordinator");
        var environment = new Dictionary<string, string>(settings ?? new Dictionary<string, string>())
        {
            ["Cluster__Role"] = "coordinator",
            ["Cluster__Shards"] = options.Shards.ToString(CultureInfo.InvariantCulture),
            ["Cluster__NatsUrls"] = options.NatsUrls,
            ["Cluster__StorageReplicas"] = options.StorageReplicas.ToString(CultureInfo.InvariantCulture),
            ["Cluster__InstanceName"] = "coordinator",
        };
        // Its query analytics go with the rig's data, not into the tests' folder.
        environment.TryAdd("Analytics__DatabasePath", Path.Combine(rig.DataPath, $"coordinator-{Guid.NewGuid():N}", "analytics.db"));
        return new ApiProcess(environment);
    }

    /// <summary>A single node over the seeds, its index built in <paramref name="indexFolder"/>, with <paramref name="settings"/> added.</summary>
    public static ApiProcess SingleNode(string indexFolder, IReadOnlyDictionary<string, string>? settings = null) =>
        new(new Dictionary<string, string>(settings ?? new Dictionary<string, string>())
        {
            ["Search__IndexPath"] = indexFolder,
            ["Search__SourcePath"] = RepositoryPaths.Seeds,
            ["RateLimiting__Enabled"] = "false",
        });

    /// <summary>A client of the process once it listens (it fails after a minute if it never does).</summary>
    public async Task<HttpClient> ClientAsync() =>
        new() { BaseAddress = new Uri(await listening.Task.WaitAsync(TimeSpan.FromSeconds(60))) };

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill();
        }
        await process.WaitForExitAsync();
        process.Dispose();
    }
}
