namespace SearchService.Cluster.Indexing;

/// <summary>
/// Crashes an indexer can be told to stage, for tests of what a crash at one exact point leaves behind
/// (<c>Cluster:Faults</c>). Read only from configuration; every fault is off unless set to true.
/// </summary>
public sealed class IndexerFaults
{
    /// <summary>Exit code of the process once a fault ended it: SIGKILL's (128 + 9), as for <c>kill -9</c>.</summary>
    public const int KilledExitCode = 137;

    /// <summary>Written to standard error just before a fault ends the process.</summary>
    public const string Marker = "Fault injected:";

    /// <summary>Kill this process (SIGKILL on itself: no finally blocks, no shutdown, no acknowledgement) right after
    /// a batch's commit was published by the head's compare-and-set and before the batch is acknowledged.</summary>
    public bool ExitAfterHeadUpdate { get; set; }

    /// <summary>Ends the process as <c>kill -9</c> would when <see cref="ExitAfterHeadUpdate"/> is set.</summary>
    internal void AfterHeadUpdate(long generation)
    {
        if (ExitAfterHeadUpdate)
        {
            // Written synchronously: the logger's queue would die with the process.
            Console.Error.WriteLine($"{Marker} killing the indexer after publishing generation {generation}, before acknowledging its batch.");
            Console.Error.Flush();
            using var self = System.Diagnostics.Process.GetCurrentProcess();
            self.Kill();
        }
    }
}
