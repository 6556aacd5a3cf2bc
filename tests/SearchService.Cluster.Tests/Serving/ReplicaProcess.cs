using System.Diagnostics;
using SearchService.Tests;

namespace SearchService.Cluster.Tests.Serving;

/// <summary>A replica as its own process (<c>dotnet SearchService.Api.dll</c> with <c>Cluster:Role=replica</c>),
/// for what only a process shows: being killed with SIGKILL or stopped with SIGSTOP. Killed on dispose, by its pid.</summary>
public sealed class ReplicaProcess : IDisposable
{
    private readonly Process process;
    private readonly TaskCompletionSource serving = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public ReplicaProcess(ClusterRig rig, int shard, string name)
    {
        var options = rig.Options(name, shard);
        process = BuiltProgram.Start("SearchService.Api.dll", [], line =>
        {
            if (line.Contains("serves generation", StringComparison.Ordinal))
            {
                serving.TrySetResult();
            }
        }, new Dictionary<string, string>
        {
            ["Cluster__Role"] = "replica",
            ["Cluster__ShardId"] = shard.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Cluster__Shards"] = options.Shards.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Cluster__NatsUrls"] = options.NatsUrls,
            ["Cluster__StorageReplicas"] = options.StorageReplicas.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Cluster__DataPath"] = options.DataPath,
            ["Cluster__InstanceName"] = name,
            ["Urls"] = "http://127.0.0.1:0",
        });
    }

    public int Pid => process.Id;

    /// <summary>Completes when the replica serves its first generation.</summary>
    public Task Serving => serving.Task;

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
        using var kill = Process.Start("kill", [signal, Pid.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
    }
}
