using NATS.Client.Core;
using NATS.Client.JetStream;

namespace SearchService.Cluster;

/// <summary>Retries a JetStream call while the cluster is electing a leader or reconnecting.</summary>
internal static class Retry
{
    public static async Task UntilAsync(Func<Task> action, TimeSpan patience, CancellationToken cancellation)
    {
        var deadline = DateTime.UtcNow + patience;
        while (true)
        {
            try
            {
                await action();
                return;
            }
            catch (Exception e) when (IsTransient(e) && DateTime.UtcNow < deadline)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(500), cancellation);
            }
        }
    }

    /// <summary>True for failures that a healthy cluster clears by itself (no leader yet, no response, a reconnect).</summary>
    public static bool IsTransient(Exception e) =>
        e is NatsJSApiNoResponseException or NatsJSPublishNoResponseException or NatsNoRespondersException or NatsJSApiException or NatsException or TimeoutException
        && e is not OperationCanceledException;
}
