using System.Diagnostics;
using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Store;
using SearchService.Core.Analysis;
using SearchService.Core.Documents;

namespace SearchService.Core.Indexing;

/// <summary>
/// Builds the paragraph index from a source folder. The new index is written through one
/// <see cref="IndexWriter"/> opened in create mode and becomes visible only with its single final
/// commit: until then readers keep seeing the previous commit, and a run killed at any moment
/// leaves that previous commit intact (the next writer removes the unfinished files).
/// </summary>
public static class IndexBuilder
{
    /// <summary>Commit user-data key holding the commit's time (ISO 8601, UTC).</summary>
    public const string CommitTimeKey = "commitTime";

    /// <summary>Commit user-data key naming the <see cref="AnalysisMode"/> the index was built with.</summary>
    public const string AnalysisKey = "analysis";

    /// <summary>What a build did.</summary>
    public sealed record BuildReport(int Documents, int Paragraphs, IReadOnlyList<SourceFolder.SkippedFile> Skipped, TimeSpan Elapsed);

    /// <summary>Progress of a build: files read so far out of all files.</summary>
    public readonly record struct BuildProgress(int FilesRead, int FilesTotal);

    /// <summary>Reads <paramref name="sourceFolder"/> and replaces the index at <paramref name="indexFolder"/>.</summary>
    /// <exception cref="DirectoryNotFoundException">The source folder does not exist.</exception>
    /// <exception cref="IOException">The index folder cannot be written.</exception>
    public static BuildReport Rebuild(string sourceFolder, string indexFolder, IProgress<BuildProgress>? progress = null, AnalysisMode analysis = AnalysisMode.Swedish)
    {
        var stopwatch = Stopwatch.StartNew();
        var total = SourceFolder.Files(sourceFolder).Count;
        var read = SourceFolder.Read(sourceFolder, progress is null ? null : new Progress(progress, total));
        System.IO.Directory.CreateDirectory(indexFolder);
        using var directory = FSDirectory.Open(indexFolder);
        using var analyzer = AnalysisModes.CreateAnalyzer(analysis);
        var config = new IndexWriterConfig(LuceneInfo.Version, analyzer) { OpenMode = OpenMode.CREATE };
        using (var writer = new IndexWriter(directory, config))
        {
            foreach (var document in read.Documents)
            {
                writer.AddDocuments(ParagraphDocumentFactory.Create(document, analysis));
            }
            writer.SetCommitData(new Dictionary<string, string>
            {
                [CommitTimeKey] = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture),
                [AnalysisKey] = AnalysisModes.Name(analysis),
            });
            writer.Commit();
        }
        return new BuildReport(read.Documents.Count, read.Documents.Sum(d => d.Paragraphs.Count), read.Skipped, stopwatch.Elapsed);
    }

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

    // IProgress<int> from the folder reader, forwarded with the total so hosts can draw a bar.
    private sealed class Progress(IProgress<BuildProgress> target, int total) : IProgress<int>
    {
        public void Report(int value) => target.Report(new BuildProgress(value, total));
    }
}
