using System.Diagnostics;
using SearchService.Core.Search;
using Xunit.Abstractions;

namespace SearchService.Cluster.Tests.Serving;

public class ReplicaFailureTests(ITestOutputHelper output)
{
    private static readonly TimeSpan LoopTime = TimeSpan.FromSeconds(30);
    private static readonly string[] Queries = ["vårdplatser", "tolk", "sjukskrivning", "våld i nära relationer"];

    [NatsFact]
    public async Task A_replica_killed_and_another_stopped_during_a_two_client_query_loop_cause_no_failed_or_wrong_answers()
    {
        await using var rig = new ClusterRig();
        await rig.PublishSeedsAsync();
        await rig.StartIndexerAsync(0);
        await rig.StartIndexerAsync(1);
        using var s0r0 = RoleProcess.Replica(rig, 0, "replica-s0-r0");
        using var s0r1 = RoleProcess.Replica(rig, 0, "replica-s0-r1");
        using var s1r0 = RoleProcess.Replica(rig, 1, "replica-s1-r0");
        using var s1r1 = RoleProcess.Replica(rig, 1, "replica-s1-r1");
        await Task.WhenAll(s0r0.Serving, s0r1.Serving, s1r0.Serving, s1r1.Serving).WaitAsync(TimeSpan.FromSeconds(90));
        var (coordinator, _) = await rig.CoordinatorAsync();
        var expected = new Dictionary<string, (int Total, string[] Ids)>();
        foreach (var query in Queries)
        {
            var answer = await coordinator.SearchAsync(new SearchRequest(query), CancellationToken.None);
            Assert.False(answer.Partial);
            expected[query] = (answer.Result!.Total, [.. answer.Result.Hits.Select(h => h.Id)]);
        }

        var failed = 0;
        var wrong = 0;
        var latencies = new System.Collections.Concurrent.ConcurrentBag<double>();
        var loop = Stopwatch.StartNew();
        async Task Client(int offset)
        {
            for (var i = offset; loop.Elapsed < LoopTime; i++)
            {
                var query = Queries[i % Queries.Length];
                var timer = Stopwatch.StartNew();
                var answer = await coordinator.SearchAsync(new SearchRequest(query), CancellationToken.None);
                latencies.Add(timer.Elapsed.TotalMilliseconds);
                if (answer.Partial || answer.Result is null)
                {
                    Interlocked.Increment(ref failed);
                }
                else if (answer.Result.Total != expected[query].Total || !answer.Result.Hits.Select(h => h.Id).SequenceEqual(expected[query].Ids))
                {
                    Interlocked.Increment(ref wrong);
                }
            }
        }
        async Task Faults()
        {
            await Task.Delay(LoopTime / 6);
            s0r0.Kill();
            await Task.Delay(LoopTime / 3);
            s1r0.Stop();
        }
        await Task.WhenAll(Client(0), Client(1), Faults());

        var sorted = latencies.Order().ToList();
        output.WriteLine($"{sorted.Count} answers in {LoopTime.TotalSeconds} s; p50 {sorted[sorted.Count / 2]:F1} ms, p99 {sorted[(int)(sorted.Count * 0.99)]:F1} ms, max {sorted[^1]:F1} ms");
        Assert.Equal(0, failed);
        Assert.Equal(0, wrong);
    }
}
