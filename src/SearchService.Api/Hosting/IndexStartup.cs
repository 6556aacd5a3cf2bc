using SearchService.Api.Metrics;
using SearchService.Core.Analysis;
using SearchService.Core.Indexing;
using SearchService.Core.Search;

namespace SearchService.Api.Hosting;

/// <summary>Opens the index at start-up, first building it from the source folder when the index
/// folder holds none, so that running the service is the whole set-up on a new machine.</summary>
internal static class IndexStartup
{
    /// <summary>Exit code of a service that could not open or build its index.</summary>
    public const int IndexUnusableExitCode = 2;

    private static readonly string[] WarmUpQueries = ["vårdplatser", "vardplaster"];

    /// <summary>Opens (or builds) the index; false, after logging why and flushing the log, when it cannot,
    /// so the process ends with <see cref="IndexUnusableExitCode"/> instead of a crash dump.</summary>
    public static bool OpensIndex(this WebApplication app)
    {
        try
        {
            app.Services.GetRequiredService<ParagraphIndex>();
            WarmUp(app.Services.GetRequiredService<ParagraphSearcher>());
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            // OpenOrBuild has logged the reason; disposing the host flushes the console log before the exit.
            ((IDisposable)app).Dispose();
            return false;
        }
    }

    // The first search pays for JIT compilation and for loading the term dictionaries; paying it here,
    // before the host reports started, keeps the first user's answer as fast as the rest. One word as
    // written and one without diacritics also warm the rare-word paths (restoration, near spellings).
    private static void WarmUp(ParagraphSearcher searcher)
    {
        foreach (var query in WarmUpQueries)
        {
            searcher.Search(new SearchRequest(query));
        }
    }

    public static ParagraphIndex OpenOrBuild(SearchOptions options, ILogger logger, ServiceMetrics metrics)
    {
        var indexPath = Path.GetFullPath(options.IndexPath);
        if (!IndexBuilder.Exists(indexPath))
        {
            var sourcePath = Path.GetFullPath(options.SourcePath);
            if (!Directory.Exists(sourcePath))
            {
                logger.LogCritical("No index in {IndexPath} and no source folder {SourcePath} to build one from. Set Search:IndexPath to an index or Search:SourcePath to a folder of documents", indexPath, sourcePath);
                throw new DirectoryNotFoundException($"No index in {indexPath} and no source folder {sourcePath}.");
            }
            logger.LogInformation("No index in {IndexPath}; building it from {SourcePath}", indexPath, sourcePath);
            AnalysisModes.TryParse(options.Analysis, out var analysis);
            IndexBuilder.BuildReport report;
            try
            {
                report = IndexBuilder.Rebuild(sourcePath, indexPath, analysis: analysis);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
            {
                logger.LogCritical(e, "Could not build the index in {IndexPath} from {SourcePath}: {Reason}", indexPath, sourcePath, e.Message);
                metrics.IndexingRun("startup", "failed", []);
                throw;
            }
            logger.LogInformation("Indexed {Documents} documents, {Paragraphs} paragraphs in {Seconds:F1} s",
                report.Documents, report.Paragraphs, report.Elapsed.TotalSeconds);
            foreach (var skipped in report.Skipped)
            {
                logger.LogWarning("Skipped {File}: {Reason}", skipped.FileName, skipped.Reason);
            }
            metrics.IndexingRun("startup", "succeeded", report.Skipped);
        }
        try
        {
            return ParagraphIndex.Open(indexPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            logger.LogCritical(e, "The index in {IndexPath} cannot be opened. Rebuild it with the indexer (dotnet run --project src/SearchService.Indexer -- --index {IndexPath}) or delete the folder to have it rebuilt at start-up", indexPath, indexPath);
            throw;
        }
    }
}
