using SearchService.Core.Indexing;

namespace SearchService.Indexer;

/// <summary>Shows build progress: a bar redrawn in place on a terminal, plain lines (at most one per
/// tenth of the work) when output goes to a file or a CI log.</summary>
internal sealed class ConsoleProgress : IProgress<IndexUpdater.BuildProgress>
{
    private const int BarWidth = 30;
    private readonly bool interactive = !Console.IsOutputRedirected;
    private int lastTenth = -1;

    public void Report(IndexUpdater.BuildProgress value)
    {
        var fraction = value.FilesTotal == 0 ? 1.0 : (double)value.FilesRead / value.FilesTotal;
        if (interactive)
        {
            var filled = (int)(fraction * BarWidth);
            Console.Write($"\r[{new string('#', filled)}{new string('.', BarWidth - filled)}] {value.FilesRead}/{value.FilesTotal} files");
            if (value.FilesRead == value.FilesTotal)
            {
                Console.WriteLine();
            }
            return;
        }
        var tenth = (int)(fraction * 10);
        if (tenth != lastTenth)
        {
            lastTenth = tenth;
            Console.WriteLine($"read {value.FilesRead}/{value.FilesTotal} files");
        }
    }
}
