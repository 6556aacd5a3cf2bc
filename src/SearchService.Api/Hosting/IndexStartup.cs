using SearchService.Core.Analysis;
using SearchService.Core.Indexing;
using SearchService.Core.Search;

namespace SearchService.Api.Hosting;

/// <summary>Opens the index at start-up, first building it from the source folder when the index
/// folder holds none, so that running the service is the whole set-up on a new machine.</summary>
internal static class IndexStartup
{
    public static ParagraphIndex OpenOrBuild(SearchOptions options, ILogger logger)
    {
        var indexPath = Path.GetFullPath(options.IndexPath);
        if (!IndexBuilder.Exists(indexPath))
        {
            var sourcePath = Path.GetFullPath(options.SourcePath);
            logger.LogInformation("No index in {IndexPath}; building it from {SourcePath}", indexPath, sourcePath);
            AnalysisModes.TryParse(options.Analysis, out var analysis);
            var report = IndexBuilder.Rebuild(sourcePath, indexPath, analysis: analysis);
            logger.LogInformation("Indexed {Documents} documents, {Paragraphs} paragraphs in {Seconds:F1} s",
                report.Documents, report.Paragraphs, report.Elapsed.TotalSeconds);
            foreach (var skipped in report.Skipped)
            {
                logger.LogWarning("Skipped {File}: {Reason}", skipped.FileName, skipped.Reason);
            }
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
