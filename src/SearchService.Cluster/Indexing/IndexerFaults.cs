namespace SearchService.Cluster.Indexing;

/// <summary>
/// Crashes an indexer can be told to stage, for tests of what a crash at one exact point leaves behind
/// (<c>Cluster:Faults</c>). Read only from configuration; every fault is off unless set.
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

    /// <summary>Kill this process once it has uploaded this many files of a commit to the segment store, before the
    /// rest and before the head's compare-and-set; none: never.</summary>
    public int? ExitAfterUploads { get; set; }

    /// <summary>Ends the process when <see cref="ExitAfterHeadUpdate"/> is set.</summary>
    internal void AfterHeadUpdate(long generation)
    {
        if (ExitAfterHeadUpdate)
        {
            Kill($"killing the indexer after publishing generation {generation}, before acknowledging its batch.");
        }
    }

    /// <summary>Ends the process when <paramref name="uploaded"/> files of a commit reach <see cref="ExitAfterUploads"/>.</summary>
    internal void AfterUpload(int uploaded)
    {
        if (uploaded == ExitAfterUploads)
        {
            Kill($"killing the indexer after uploading {uploaded} files of a commit, before the rest and the head's update.");
        }
    }

    private static void Kill(string what)
    {
        // Written synchronously: the logger's queue would die with the process.
        Console.Error.WriteLine($"{Marker} {what}");
        Console.Error.Flush();
        using var self = System.Diagnostics.Process.GetCurrentProcess();
        self.Kill();
    }
}
