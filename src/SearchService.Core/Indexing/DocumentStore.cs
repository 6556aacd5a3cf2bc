using SearchService.Core.Documents;
using SearchService.Core.Documents.Readers;

namespace SearchService.Core.Indexing;

/// <summary>
/// Single-document writes for a running service, kept in step with the source folder: a document
/// put is first written to the source folder (as <c>{id}{extension}</c>, its metadata as
/// <c>{id}{extension}.meta.json</c>) and then indexed by an incremental update limited to its id,
/// so a later full rebuild or <c>--watch</c> run sees the same document and finds it unchanged.
/// Writes are serialised inside the process (one short-lived <c>IndexWriter</c> at a time under a
/// semaphore); when another process (the indexer CLI) holds the index lock the write fails with
/// <see cref="IndexBusyException"/> and the source folder is restored as it was.
/// </summary>
public sealed class DocumentStore(string sourceFolder, string indexFolder)
{
    private readonly SemaphoreSlim gate = new(1, 1);

    /// <summary>The outcome of a put: the update's report and whether the id was new.</summary>
    public sealed record PutResult(UpdateReport Report, bool Created);

    /// <summary>Whether <paramref name="id"/> can name a document: 1–128 letters, digits, <c>_ - .</c>, not starting with a dot.</summary>
    public static bool IsValidId(string id) =>
        id.Length is > 0 and <= 128 && id[0] != '.' && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.');

    /// <summary>Stores and indexes a document under <paramref name="id"/>, replacing any file of that id.</summary>
    /// <param name="id">Document id (see <see cref="IsValidId"/>).</param>
    /// <param name="extension">File extension of the content's format (".pdf", ".txt" …).</param>
    /// <param name="content">The file's bytes.</param>
    /// <param name="metadata">Metadata to keep beside the file, or null for detected values only.</param>
    /// <param name="cancellationToken">Stops waiting for an earlier write.</param>
    /// <exception cref="UnreadableDocumentException">The content cannot be read or holds no text; nothing changed.</exception>
    /// <exception cref="IndexBusyException">Another process is writing the index; nothing changed.</exception>
    public async Task<PutResult> PutAsync(string id, string extension, byte[] content, MetadataOverride? metadata, CancellationToken cancellationToken = default)
    {
        var fileName = id + extension.ToLowerInvariant();
        // Parse before touching anything so that a bad upload changes nothing.
        SourceFolder.Parse(fileName, content, metadata);
        var (report, _) = await ReplaceFilesAsync(id, () =>
        {
            WriteAtomically(Path.Combine(sourceFolder, fileName), content);
            if (metadata is not null)
            {
                WriteAtomically(Path.Combine(sourceFolder, fileName + MetadataSidecar.FileSuffix), System.Text.Encoding.UTF8.GetBytes(MetadataSidecar.Serialize(metadata)));
            }
        }, cancellationToken);
        return new PutResult(report, report.Added > 0);
    }

    /// <summary>Deletes the document's files and its paragraphs; null when neither existed.</summary>
    /// <exception cref="IndexBusyException">Another process is writing the index; nothing changed.</exception>
    public async Task<UpdateReport?> DeleteAsync(string id, CancellationToken cancellationToken = default)
    {
        var (report, hadFiles) = await ReplaceFilesAsync(id, () => { }, cancellationToken);
        return report.Removed > 0 || hadFiles ? report : null;
    }

    /// <summary>Brings the whole index in step with the source folder (incremental, or rebuilt when <paramref name="full"/>).</summary>
    /// <exception cref="IndexBusyException">Another process is writing the index.</exception>
    public async Task<UpdateReport> ReindexAsync(bool full, CancellationToken cancellationToken = default)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            return await Task.Run(() => IndexUpdater.Update(sourceFolder, indexFolder, full), cancellationToken);
        }
        finally
        {
            gate.Release();
        }
    }

    // Removes the id's files, lets write add new ones and indexes the id; on failure the files come back.
    private async Task<(UpdateReport Report, bool HadFiles)> ReplaceFilesAsync(string id, Action write, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            var backup = Backup(id);
            try
            {
                foreach (var (path, _) in backup)
                {
                    File.Delete(path);
                }
                write();
                var report = IndexUpdater.Update(sourceFolder, indexFolder, onlyIds: new HashSet<string>([id], StringComparer.Ordinal));
                return (report, backup.Count > 0);
            }
            catch
            {
                Restore(id, backup);
                throw;
            }
        }
        finally
        {
            gate.Release();
        }
    }

    // The document's files (any supported extension) and their sidecars, with their bytes.
    private List<(string Path, byte[] Content)> Backup(string id)
    {
        if (!Directory.Exists(sourceFolder))
        {
            throw new DirectoryNotFoundException($"Source folder not found: {Path.GetFullPath(sourceFolder)}");
        }
        return DocumentReaders.Extensions
            .SelectMany(e => new[] { Path.Combine(sourceFolder, id + e), Path.Combine(sourceFolder, id + e + MetadataSidecar.FileSuffix) })
            .Where(File.Exists)
            .Select(p => (p, File.ReadAllBytes(p)))
            .ToList();
    }

    private void Restore(string id, List<(string Path, byte[] Content)> backup)
    {
        foreach (var path in Backup(id).Select(b => b.Path))
        {
            File.Delete(path);
        }
        foreach (var (path, content) in backup)
        {
            File.WriteAllBytes(path, content);
        }
    }

    // A watcher or rebuild never sees half a file: write beside it, then rename over it.
    private static void WriteAtomically(string path, byte[] content)
    {
        var temporary = path + ".tmp-" + Guid.NewGuid().ToString("N");
        File.WriteAllBytes(temporary, content);
        File.Move(temporary, path, overwrite: true);
    }
}
