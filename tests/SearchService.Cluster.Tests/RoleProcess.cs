using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Logging;
using SearchService.Cluster.Indexing;
using SearchService.Tests;

namespace SearchService.Cluster.Tests;

/// <summary>A role of <see cref="ClusterRig"/>'s cluster as its own process (<c>dotnet SearchService.Api.dll</c> with
/// <c>Cluster:Role</c> set), for what only a process shows: being killed with SIGKILL, stopped with SIGSTOP, or
/// dying of a staged fault. Killed on dispose, by its pid.</summary>
public sealed class RoleProcess : IDisposable
{
    private readonly Process process;
    private readonly TaskCompletionSource serving = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource<string> faulted = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private RoleProcess(ClusterRig rig, string role, int shard, string name, IReadOnlyDictionary<string, string>? settings)
    {
        var options = rig.Options(name, shard);
        var log = FileLog.For(name);
        var environment = new Dictionary<string, string>(settings ?? new Dictionary<string, string>())
        {
            ["Cluster__Role"] = role,
            ["Cluster__ShardId"] = shard.ToString(CultureInfo.InvariantCulture),
            ["Cluster__Shards"] = options.Shards.ToString(CultureInfo.InvariantCulture),
            ["Cluster__NatsUrls"] = options.NatsUrls,
            ["Cluster__StorageReplicas"] = options.StorageReplicas.ToString(CultureInfo.InvariantCulture),
            ["Cluster__DataPath"] = options.DataPath,
            ["Cluster__InstanceName"] = name,
            ["Cluster__LeaseSeconds"] = options.LeaseSeconds.ToString(CultureInfo.InvariantCulture),
            ["Urls"] = "http://127.0.0.1:0",
        };
        process = BuiltProgram.Start("SearchService.Api.dll", [], line =>
        {
            log.LogInformation("{Line}", line);
            if (line.Contains("serves generation", StringComparison.Ordinal))
            {
                serving.TrySetResult();
            }
            if (line.Contains(IndexerFaults.Marker, StringComparison.Ordinal))
            {
                faulted.TrySetResult(line);
            }
        }, environment);
    }

    /// <summary>A replica of <paramref name="shard"/>.</summary>
    public static RoleProcess Replica(ClusterRig rig, int shard, string name) => new(rig, "replica", shard, name, null);

    /// <summary>The indexer of <paramref name="shard"/>, with <paramref name="settings"/> (faults, say) added.</summary>
    public static RoleProcess Indexer(ClusterRig rig, int shard, string name, IReadOnlyDictionary<string, string>? settings = null) =>
        new(rig, "indexer", shard, name, settings);

    public int Pid => process.Id;

    /// <summary>Completes when a replica serves its first generation.</summary>
    public Task Serving => serving.Task;

    /// <summary>Completes with the line a staged fault wrote just before it ended the process.</summary>
    public Task<string> Faulted => faulted.Task;

    /// <summary>The exit code, once the process has ended by itself.</summary>
    public async Task<int> ExitedAsync(TimeSpan within)
    {
        await process.WaitForExitAsync().WaitAsync(within);
        return process.ExitCode;
    }

    public void Kill()
    {
        process.Kill();
        process.WaitForExit();
    }

    public void Stop() => Signal("-STOP");

    public void Dispose()
    {
        if (!process.HasExited)
        {
            Kill();
        }
        process.Dispose();
    }

    private void Signal(string signal)
    {
        using var kill = Process.Start("kill", [signal, Pid.ToString(CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
    }
}
