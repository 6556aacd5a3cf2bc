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

    private const double RamBufferMegabytes = 256;

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
        System.IO.Directory.CreateDirectory(indexFolder);
        using var directory = FSDirectory.Open(indexFolder);
        using var analyzer = AnalysisModes.CreateAnalyzer(analysis);
        // A large buffer means few small segments to merge; files are parsed on the other cores
        // while this thread analyses and writes (see SourceFolder.ReadEach).
        var config = new IndexWriterConfig(LuceneInfo.Version, analyzer) { OpenMode = OpenMode.CREATE, RAMBufferSizeMB = RamBufferMegabytes };
        var (documents, paragraphs, done) = (0, 0, 0);
        var skipped = new List<SourceFolder.SkippedFile>();
        using (var writer = new IndexWriter(directory, config))
        {
            foreach (var outcome in SourceFolder.ReadEach(sourceFolder))
            {
                if (outcome.Document is { } document)
                {
                    writer.AddDocuments(ParagraphDocumentFactory.Create(document, analysis));
                    documents++;
                    paragraphs += document.Paragraphs.Count;
                }
                else
                {
                    skipped.Add(outcome.Skipped!);
                }
                progress?.Report(new BuildProgress(++done, total));
            }
            writer.SetCommitData(new Dictionary<string, string>
            {
                [CommitTimeKey] = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture),
                [AnalysisKey] = AnalysisModes.Name(analysis),
            });
            writer.Commit();
        }
        return new BuildReport(documents, paragraphs, skipped, stopwatch.Elapsed);
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
}
