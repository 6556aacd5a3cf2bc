using System.Collections.Concurrent;
using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Lucene.Net.Index;
using Lucene.Net.Store;
using SearchService.Core.Analysis;
using SearchService.Core.Documents;
using SearchService.Core.Documents.Readers;
using SearchService.Core.Search.Scoring;

namespace SearchService.Core.Indexing;

/// <summary>
/// Brings the index in step with a source folder through one <see cref="IndexWriter"/>. Each
/// document carries a hash of its file, its metadata and the parser version; an incremental run
/// parses only files whose hash differs (in parallel), replaces their paragraphs with
/// <c>UpdateDocuments</c> and deletes the paragraphs of files that are gone. A full run recreates
/// the index. Either way the change becomes visible with one final commit (none when nothing
/// changed): readers see only complete commits, and a run that fails or is killed leaves the
/// previous commit as it was (the next writer removes the unfinished files).
/// </summary>
public static class IndexUpdater
{
    // Bump when splitting, detection or the indexed fields change, so the next incremental run re-parses everything.
    private const string ParserVersion = "ingest-4"; // 2: no text.folded field; 3: over-long paragraphs cut at sentence ends; 4: repeated text weighs less
    private const double RamBufferMegabytes = 256;

    /// <summary>What a full build did.</summary>
    public sealed record BuildReport(int Documents, int Paragraphs, IReadOnlyList<SourceFolder.SkippedFile> Skipped, TimeSpan Elapsed);

    /// <summary>Progress of an update: files read so far out of all files.</summary>
    public readonly record struct BuildProgress(int FilesRead, int FilesTotal);

    /// <summary>Reads <paramref name="sourceFolder"/> and replaces the index at <paramref name="indexFolder"/>
    /// (a full <see cref="Update"/>).</summary>
    /// <exception cref="DirectoryNotFoundException">The source folder does not exist.</exception>
    /// <exception cref="IOException">The index folder cannot be written.</exception>
    public static BuildReport Rebuild(string sourceFolder, string indexFolder, IProgress<BuildProgress>? progress = null, AnalysisMode analysis = AnalysisMode.Swedish, IReadOnlyList<MetadataFacet>? facets = null)
    {
        var report = Update(sourceFolder, indexFolder, full: true, progress, analysis: analysis, facets: facets);
        return new BuildReport(report.Added, report.ParagraphsInIndex, report.Skipped, report.Elapsed);
    }

    /// <summary>Updates the index at <paramref name="indexFolder"/> from <paramref name="sourceFolder"/>.</summary>
    /// <param name="sourceFolder">Folder of documents.</param>
    /// <param name="indexFolder">Folder of the index (created when missing).</param>
    /// <param name="full">Recreate the index from all files instead of updating it.</param>
    /// <param name="progress">Receives files done so far.</param>
    /// <param name="onlyIds">Limit the update to these document ids (a file added or removed through the API).</param>
    /// <param name="analysis">Text analysis to index with; null keeps the existing index's (Swedish for a new
    /// one). A mode other than the index's forces a full rebuild, since the two cannot be mixed.</param>
    /// <param name="facets">The facets every paragraph carries (by default <see cref="MetadataFacet.All"/>).</param>
    /// <exception cref="DirectoryNotFoundException">The source folder does not exist.</exception>
    /// <exception cref="IndexBusyException">Another writer holds the index.</exception>
    /// <exception cref="InvalidDataException">The folder's metadata.json is not valid.</exception>
    /// <exception cref="IOException">The index folder cannot be written.</exception>
    public static UpdateReport Update(
        string sourceFolder,
        string indexFolder,
        bool full = false,
        IProgress<BuildProgress>? progress = null,
        IReadOnlySet<string>? onlyIds = null,
        AnalysisMode? analysis = null,
        IReadOnlyList<MetadataFacet>? facets = null)
    {
        var stopwatch = Stopwatch.StartNew();
        var files = SourceFolder.Files(sourceFolder)
            .Where(f => onlyIds is null || onlyIds.Contains(Path.GetFileNameWithoutExtension(f)))
            .ToList();
        var overrides = MetadataSidecar.Read(sourceFolder);
        var skipped = new ConcurrentBag<SourceFolder.SkippedFile>();
        var unique = UniqueIds(files, skipped);

        System.IO.Directory.CreateDirectory(indexFolder);
        // Merging reads every segment back: through MappedDirectory's inputs, as a search does.
        using FSDirectory directory = new MappedDirectory(new DirectoryInfo(indexFolder));
        var (indexed, existingMode, stale) = DirectoryReader.IndexExists(directory) ? ReadIndex(directory) : ([], null, false);
        var mode = analysis ?? existingMode ?? AnalysisMode.Swedish;
        full |= (existingMode is not null && existingMode != mode) || stale;
        var existing = full ? [] : indexed;
        using var textAnalysis = TextAnalysis.Create(mode);
        var config = new IndexWriterConfig(LuceneInfo.Version, textAnalysis.Analyzer)
        {
            OpenMode = full ? OpenMode.CREATE : OpenMode.CREATE_OR_APPEND,
            RAMBufferSizeMB = RamBufferMegabytes,
            Similarity = Ranking.Similarity,
            Codec = new ParagraphCodec(),
            // A full run merges its segments into one at the end: packing each flushed one into a compound file first would be wasted copying.
            UseCompoundFile = !full,
        };
        var writer = OpenWriter(directory, config, indexFolder);
        try
        {
            int added = 0, changed = 0, unchanged = 0, paragraphs = 0, done = 0;
            // IndexWriter takes documents from many threads at once; parsing and analysis are the costly part. One
            // thread per core: unbounded, the thread pool added threads beyond the cores (each with its own
            // Lucene buffer, so more segments to merge, and its own analysis caches), and the 200k corpus took ~7 %
            // longer.
            Parallel.ForEach(unique, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, file =>
            {
                var name = Path.GetFileName(file);
                var id = Path.GetFileNameWithoutExtension(file);
                try
                {
                    var entry = MetadataSidecar.ForFile(file, overrides);
                    var content = SourceFolder.ReadFile(file);
                    var hash = Hash(name, content, entry);
                    if (existing.TryGetValue(id, out var known) && known == hash)
                    {
                        Interlocked.Increment(ref unchanged);
                    }
                    else
                    {
                        var parsed = SourceFolder.Parse(name, content, entry);
                        writer.UpdateDocuments(new Term(ParagraphFields.DocumentId, id), ParagraphDocumentFactory.Create(parsed, textAnalysis, hash, facets));
                        Interlocked.Add(ref paragraphs, parsed.Paragraphs.Count);
                        Interlocked.Increment(ref existing.ContainsKey(id) ? ref changed : ref added);
                    }
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException or UnreadableDocumentException or InvalidDataException)
                {
                    skipped.Add(SourceFolder.SkippedFile.For(name, e));
                }
                progress?.Report(new BuildProgress(Interlocked.Increment(ref done), files.Count));
            });

            // A file that is still there but unreadable keeps its last good version in the index.
            var present = files.Select(Path.GetFileNameWithoutExtension).ToHashSet(StringComparer.Ordinal);
            var removed = existing.Keys.Where(id => !present.Contains(id!) && (onlyIds is null || onlyIds.Contains(id))).ToList();
            foreach (var id in removed)
            {
                writer.DeleteDocuments(new Term(ParagraphFields.DocumentId, id));
            }

            var report = new UpdateReport(added, changed, removed.Count, unchanged, paragraphs, 0,
                skipped.OrderBy(s => s.FileName, StringComparer.Ordinal).ToList(), TimeSpan.Zero);
            if (report.ChangedIndex || full)
            {
                if (full)
                {
                    // One segment: every query seeks each of its terms and sets up its scorers and facets once
                    // per segment; at 200 000 paragraphs 8 segments cost a third more CPU per search than 1.
                    writer.ForceMerge(1);
                }
                writer.SetCommitData(CommitMetadata.For(mode));
                writer.Commit();
                var count = writer.NumDocs;
                writer.Dispose();
                return report with { ParagraphsInIndex = count, Elapsed = stopwatch.Elapsed };
            }
            var unchangedCount = writer.NumDocs;
            writer.Rollback();
            return report with { ParagraphsInIndex = unchangedCount, Elapsed = stopwatch.Elapsed };
        }
        catch
        {
            // Disposing would commit what was buffered; a failed run must leave the previous commit alone.
            writer.Rollback();
            throw;
        }
    }

    /// <summary>The hash an indexed document carries: parser version, file name, metadata and content.</summary>
    public static string Hash(string fileName, byte[] content, MetadataOverride? entry)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(Encoding.UTF8.GetBytes($"{ParserVersion}\0{fileName}\0{(entry is null ? "" : MetadataSidecar.Serialize(entry))}\0"));
        sha.AppendData(content);
        return Convert.ToHexString(sha.GetHashAndReset());
    }

    // The indexed documents' hashes, the analysis the index was built with (null when not recorded),
    // and whether an earlier version of that analysis built it.
    private static (Dictionary<string, string> Hashes, AnalysisMode? Mode, bool Stale) ReadIndex(FSDirectory directory)
    {
        using var reader = DirectoryReader.Open(directory);
        var commitData = reader.IndexCommit.UserData;
        return (IndexedHashes.Read(reader), CommitMetadata.Analysis(commitData), CommitMetadata.IsStale(commitData));
    }

    private static IndexWriter OpenWriter(FSDirectory directory, IndexWriterConfig config, string indexFolder)
    {
        try
        {
            return new IndexWriter(directory, config);
        }
        catch (LockObtainFailedException e)
        {
            throw new IndexBusyException(indexFolder, e);
        }
    }

    // Two files with one name and different extensions would share a document id; the first by name wins.
    private static List<string> UniqueIds(IReadOnlyList<string> files, ConcurrentBag<SourceFolder.SkippedFile> skipped)
    {
        var unique = new List<string>();
        foreach (var group in files.GroupBy(Path.GetFileNameWithoutExtension, StringComparer.Ordinal))
        {
            var first = group.First();
            unique.Add(first);
            foreach (var other in group.Skip(1))
            {
                skipped.Add(new SourceFolder.SkippedFile(Path.GetFileName(other), $"same document id as {Path.GetFileName(first)}", SkipKind.DuplicateId));
            }
        }
        return unique;
    }
}
