using System.Threading.Channels;
using SearchService.Core.Documents;

namespace SearchService.Core.Indexing;

/// <summary>
/// Watches a source folder and calls back once a burst of changes has settled: every created,
/// changed, renamed or deleted document file or metadata sidecar restarts a quiet period
/// (<c>debounce</c>); when it passes without another change the callback runs. A watcher buffer
/// overflow counts as a change, since the callback compares the whole folder anyway.
/// </summary>
public static class SourceFolderWatcher
{
    /// <summary>Watches <paramref name="folder"/> until <paramref name="cancellationToken"/> is cancelled.</summary>
    public static async Task WatchAsync(string folder, TimeSpan debounce, Func<Task> onChanges, CancellationToken cancellationToken)
    {
        var signals = Channel.CreateUnbounded<bool>();
        using var watcher = new FileSystemWatcher(folder)
        {
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size,
            IncludeSubdirectories = false,
        };
        void Signal(object sender, FileSystemEventArgs e)
        {
            if (IsWatched(e.Name) || (e is RenamedEventArgs renamed && IsWatched(renamed.OldName)))
            {
                signals.Writer.TryWrite(true);
            }
        }
        watcher.Created += Signal;
        watcher.Changed += Signal;
        watcher.Deleted += Signal;
        watcher.Renamed += Signal;
        watcher.Error += (_, _) => signals.Writer.TryWrite(true);
        watcher.EnableRaisingEvents = true;

        try
        {
            while (await signals.Reader.WaitToReadAsync(cancellationToken))
            {
                // Let the burst settle: wait until a whole debounce period passes without a new signal.
                do
                {
                    while (signals.Reader.TryRead(out _))
                    {
                    }
                    await Task.Delay(debounce, cancellationToken);
                }
                while (signals.Reader.TryRead(out _));
                await onChanges();
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopping is the normal way out.
        }
    }

    private static bool IsWatched(string? name) =>
        name is not null && !name.Contains(".tmp-", StringComparison.Ordinal) && (
            SourceFolder.Extensions.Contains(Path.GetExtension(name), StringComparer.OrdinalIgnoreCase)
            || name.EndsWith(MetadataSidecar.FileSuffix, StringComparison.OrdinalIgnoreCase)
            || string.Equals(name, MetadataSidecar.FileName, StringComparison.OrdinalIgnoreCase));
}
