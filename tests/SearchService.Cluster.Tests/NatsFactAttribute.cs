namespace SearchService.Cluster.Tests;

/// <summary>A test that needs <c>nats-server</c>: skipped when it is missing, except with CI=true, where it then fails.</summary>
public sealed class NatsFactAttribute : FactAttribute
{
    public NatsFactAttribute()
    {
        if (!NatsServers.IsInstalled && !NatsServers.IsCi)
        {
            Skip = "nats-server is not installed: cluster tests skipped. Install it with `apt-get install nats-server` (as .ci/run does); with CI=true they fail instead.";
        }
    }
}
