using SearchService.Api.Metrics;
using SearchService.Core;
using SearchService.Core.Analysis;
using SearchService.Core.Documents;
using SearchService.Core.Indexing;
using SearchService.Core.Search;
using Microsoft.Extensions.Options;

namespace SearchService.Api.Hosting;

/// <summary>Opens the index at start-up, first building it from the source folder when the index
/// folder holds none, so that running the service is the whole set-up on a new machine.</summary>
internal static class IndexStartup
{
    /// <summary>Exit code of a service that could not open or build its index.</summary>
    public const int IndexUnusableExitCode = 2;

    /// <summary>Opens (or builds) the index and starts the warm-up, on a thread of its own: the caller maps the
    /// endpoints meanwhile, while the lexicon the index's analysis needs is still loading (start to first answer
    /// on the Riksdag index 1.7-2.1 -> 1.5-1.7 s, bench/RESULTS.md "Stop 35"). False, after logging why, when it
    /// cannot; the caller then disposes the host (which flushes the console log) and ends the process with
    /// <see cref="IndexUnusableExitCode"/> instead of a crash dump.</summary>
    public static Task<bool> OpenIndexAsync(this WebApplication app) => Task.Factory.StartNew(() =>
    {
        try
        {
            var index = app.Services.GetRequiredService<ParagraphIndex>();
            app.Services.GetRequiredService<SearchWarmUp>().Start(app, index, app.Services.GetRequiredService<IOptions<SearchOptions>>().Value);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            // OpenOrBuild has logged the reason.
            return false;
        }
    }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    public static ParagraphIndex OpenOrBuild(SearchOptions options, IReadOnlyList<MetadataFacet> facets, ILogger logger, ServiceMetrics metrics)
    {
        var indexPath = Path.GetFullPath(options.IndexPath);
        var exists = CommitMetadata.Exists(indexPath);
        if (exists && CommitMetadata.IsStale(indexPath) && Directory.Exists(Path.GetFullPath(options.SourcePath)))
        {
            // Built by an earlier analysis: its terms are not what this version searches for.
            logger.LogWarning("The index in {IndexPath} was built by an earlier version of the analysis; rebuilding it from {SourcePath}", indexPath, Path.GetFullPath(options.SourcePath));
            exists = false;
        }
        if (!exists)
        {
            var sourcePath = Path.GetFullPath(options.SourcePath);
            if (!Directory.Exists(sourcePath))
            {
                logger.LogCritical("No index in {IndexPath} and no source folder {SourcePath} to build one from. Set Search:IndexPath to an index or Search:SourcePath to a folder of documents", indexPath, sourcePath);
                throw new DirectoryNotFoundException($"No index in {indexPath} and no source folder {sourcePath}.");
            }
            logger.LogInformation("No index in {IndexPath}; building it from {SourcePath}", indexPath, sourcePath);
            AnalysisModes.TryParse(options.Analysis, out var analysis);
            IndexUpdater.BuildReport report;
            try
            {
                report = IndexUpdater.Rebuild(sourcePath, indexPath, analysis: analysis, facets: facets);
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
                LogSkipped(logger, skipped);
            }
            metrics.IndexingRun("startup", "succeeded", report.Skipped);
        }
        try
        {
            return ParagraphIndex.Open(indexPath, facets);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            logger.LogCritical(e, "The index in {IndexPath} cannot be opened. Rebuild it with the indexer (dotnet run --project src/SearchService.Indexer -- --index {IndexPath}) or delete the folder to have it rebuilt at start-up", indexPath, indexPath);
            throw;
        }
    }

    /// <summary>Names a file an index run skipped; a hostile one (it broke a document limit) in words an
    /// operator can alert on.</summary>
    public static void LogSkipped(ILogger logger, SourceFolder.SkippedFile skipped)
    {
        if (skipped.Hostile)
        {
            logger.LogWarning("Skipped hostile file {File}: {Reason}", skipped.FileName, skipped.Reason);
        }
        else
        {
            logger.LogWarning("Skipped {File}: {Reason}", skipped.FileName, skipped.Reason);
        }
    }
}
