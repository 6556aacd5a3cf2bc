using Lucene.Net.Index;
using Lucene.Net.Store;
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
/// <see cref="IndexBusyException"/> and the source folder is restored as it was. A write answers
/// success only when the committed index agrees (holds the new content's hash, or no longer holds the
/// id); otherwise it fails with <see cref="WriteNotAppliedException"/> and the files are restored.
/// Paragraphs carry the facets of <c>facets</c> (by default <see cref="MetadataFacet.All"/>).
/// </summary>
public sealed class DocumentStore(string sourceFolder, string indexFolder, IReadOnlyList<MetadataFacet>? facets = null)
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
    /// <exception cref="WriteNotAppliedException">The index does not hold the new content afterwards; the files were restored.</exception>
    public async Task<PutResult> PutAsync(string id, string extension, byte[] content, MetadataOverride? metadata, CancellationToken cancellationToken = default)
    {
        var fileName = id + extension.ToLowerInvariant();
        var path = Path.Combine(sourceFolder, fileName);
        // Parse before touching anything so that a bad upload changes nothing.
        SourceFolder.Parse(fileName, content, metadata);
        var (report, _) = await ReplaceFilesAsync(id, () =>
        {
            // The new file is in place before any old one goes, so a kill in between loses nothing.
            WriteAtomically(path, content);
            var sidecar = path + MetadataSidecar.FileSuffix;
            if (metadata is not null)
            {
                WriteAtomically(sidecar, System.Text.Encoding.UTF8.GetBytes(MetadataSidecar.Serialize(metadata)));
            }
            return metadata is null ? [path] : [path, sidecar];
        }, hash => hash == IndexUpdater.Hash(fileName, content, MetadataSidecar.ForFile(path, MetadataSidecar.Read(sourceFolder))), cancellationToken);
        return new PutResult(report, report.Added > 0);
    }

    /// <summary>Deletes the document's files and its paragraphs; null when neither existed.</summary>
    /// <exception cref="IndexBusyException">Another process is writing the index; nothing changed.</exception>
    /// <exception cref="WriteNotAppliedException">The index still holds the document afterwards; the files were restored.</exception>
    public async Task<UpdateReport?> DeleteAsync(string id, CancellationToken cancellationToken = default)
    {
        var (report, hadFiles) = await ReplaceFilesAsync(id, () => [], hash => hash is null, cancellationToken);
        return report.Removed > 0 || hadFiles ? report : null;
    }

    /// <summary>Brings the whole index in step with the source folder (incremental, or rebuilt when <paramref name="full"/>).</summary>
    /// <exception cref="IndexBusyException">Another writer holds the index.</exception>
    public async Task<UpdateReport> ReindexAsync(bool full, CancellationToken cancellationToken = default)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            return await Task.Run(() => IndexUpdater.Update(sourceFolder, indexFolder, full, facets: facets), cancellationToken);
        }
        finally
        {
            gate.Release();
        }
    }

    // Lets write put the id's new files in place (returning their paths), removes its other files, indexes
    // the id and checks the index's hash for it with agrees; on any failure the files come back as they were.
    private async Task<(UpdateReport Report, bool HadFiles)> ReplaceFilesAsync(
        string id, Func<IReadOnlyList<string>> write, Func<string?, bool> agrees, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            var backup = Backup(id);
            try
            {
                var written = write();
                foreach (var (path, _) in backup.Where(b => !written.Contains(b.Path, StringComparer.Ordinal)))
                {
                    File.Delete(path);
                }
                var report = IndexUpdater.Update(sourceFolder, indexFolder, onlyIds: new HashSet<string>([id], StringComparer.Ordinal), facets: facets);
                var hash = IndexedHash(id);
                if (!agrees(hash))
                {
                    var reasons = string.Join("; ", report.Skipped.Select(s => $"{s.FileName}: {s.Reason}"));
                    throw new WriteNotAppliedException($"After the update the index {(hash is null ? "does not hold" : "holds other content for")} document \"{id}\"{(reasons.Length > 0 ? $" ({reasons})" : "")}.");
                }
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

    // The content hash the committed index holds for the id, or null when it holds no such document.
    private string? IndexedHash(string id)
    {
        using var directory = FSDirectory.Open(indexFolder);
        using var reader = DirectoryReader.Open(directory);
        return IndexedHashes.Of(reader, id);
    }

    // The document's files and their sidecars, with their bytes: every file named id plus a supported
    // extension in any case ("casey.TXT" from Windows is the document "casey" as much as "casey.txt" is).
    private List<(string Path, byte[] Content)> Backup(string id)
    {
        if (!System.IO.Directory.Exists(sourceFolder))
        {
            throw new DirectoryNotFoundException($"Source folder not found: {Path.GetFullPath(sourceFolder)}");
        }
        return SourceFolder.Files(sourceFolder)
            .Where(f => Path.GetFileNameWithoutExtension(f) == id)
            .SelectMany(f => new[] { f, f + MetadataSidecar.FileSuffix })
            .Where(File.Exists)
            .Select(p => (p, File.ReadAllBytes(p)))
            .ToList();
    }

    private void Restore(string id, List<(string Path, byte[] Content)> backup)
    {
        foreach (var path in Backup(id).Select(b => b.Path).Except(backup.Select(b => b.Path), StringComparer.Ordinal))
        {
            File.Delete(path);
        }
        foreach (var (path, content) in backup)
        {
            WriteAtomically(path, content);
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
