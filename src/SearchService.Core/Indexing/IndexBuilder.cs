using Lucene.Net.Index;
using Lucene.Net.Store;
using SearchService.Core.Analysis;
using SearchService.Core.Documents;

namespace SearchService.Core.Indexing;

/// <summary>
/// Builds the paragraph index from a source folder from scratch (a full <see cref="IndexUpdater"/>
/// run). The new index becomes visible only with its single final commit: until then readers keep
/// seeing the previous commit, and a run killed at any moment leaves that previous commit intact
/// (the next writer removes the unfinished files).
/// </summary>
public static class IndexBuilder
{
    /// <summary>Commit user-data key holding the commit's time (ISO 8601, UTC).</summary>
    public const string CommitTimeKey = "commitTime";

    /// <summary>Commit user-data key naming the <see cref="AnalysisMode"/> the index was built with.</summary>
    public const string AnalysisKey = "analysis";

    /// <summary>Commit user-data key holding <see cref="AnalysisVersion"/>: an index built by an earlier
    /// analysis has other terms (stems, not base forms) and is rebuilt rather than searched wrongly.</summary>
    public const string AnalysisVersionKey = "analysisVersion";

    /// <summary>The version of the analyses' terms; raised whenever a change needs a re-index.
    /// 2: base forms from the Swedish lexicon, every run of compound parts.</summary>
    public const string AnalysisVersion = "2";

    /// <summary>What a build did.</summary>
    public sealed record BuildReport(int Documents, int Paragraphs, IReadOnlyList<SourceFolder.SkippedFile> Skipped, TimeSpan Elapsed);

    /// <summary>Progress of a build: files read so far out of all files.</summary>
    public readonly record struct BuildProgress(int FilesRead, int FilesTotal);

    /// <summary>Reads <paramref name="sourceFolder"/> and replaces the index at <paramref name="indexFolder"/>.</summary>
    /// <exception cref="DirectoryNotFoundException">The source folder does not exist.</exception>
    /// <exception cref="IOException">The index folder cannot be written.</exception>
    public static BuildReport Rebuild(string sourceFolder, string indexFolder, IProgress<BuildProgress>? progress = null, AnalysisMode analysis = AnalysisMode.Swedish)
    {
        var report = IndexUpdater.Update(sourceFolder, indexFolder, full: true, progress, analysis: analysis);
        return new BuildReport(report.Added, report.ParagraphsInIndex, report.Skipped, report.Elapsed);
    }

    /// <summary>Whether the committed index at <paramref name="indexFolder"/> was built by an earlier
    /// analysis (<see cref="AnalysisVersion"/>) and must be rebuilt. An index that cannot be read is not
    /// called stale: opening it reports why.</summary>
    public static bool IsStale(string indexFolder)
    {
        try
        {
            // The commit point alone holds the version: no segment is opened (this runs at every start).
            using var directory = FSDirectory.Open(indexFolder);
            var commit = new SegmentInfos();
            commit.Read(directory);
            return IsStale(commit.UserData);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>Whether an index with this commit data was built by an earlier analysis.</summary>
    public static bool IsStale(IDictionary<string, string> commitData) =>
        !commitData.TryGetValue(AnalysisVersionKey, out var version) || version != AnalysisVersion;

    /// <summary>Whether <paramref name="indexFolder"/> holds a committed index.</summary>
    public static bool Exists(string indexFolder)
    {
        if (!System.IO.Directory.Exists(indexFolder))
        {
            return false;
        }
        using var directory = FSDirectory.Open(indexFolder);
        return DirectoryReader.IndexExists(directory);
    }
}
