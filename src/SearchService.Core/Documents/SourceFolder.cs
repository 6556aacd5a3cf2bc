using SearchService.Core.Documents.Readers;

namespace SearchService.Core.Documents;

/// <summary>Reads the documents of a source folder (.txt, .md, .pdf, .docx, .html, .htm). A file that
/// cannot be read (not valid UTF-8, encrypted, damaged, content not matching its name) is reported
/// and skipped so that one bad file does not stop the rest.</summary>
public static class SourceFolder
{
    /// <summary>File extensions read as documents.</summary>
    public static IReadOnlyList<string> Extensions => DocumentReaders.Extensions;

    /// <summary>The outcome of reading a folder.</summary>
    public sealed record ReadResult(IReadOnlyList<ParsedDocument> Documents, IReadOnlyList<SkippedFile> Skipped);

    /// <summary>A file that was not indexed, and why: <paramref name="Reason"/> for people, <paramref name="Kind"/>
    /// for counting (a metric's label).</summary>
    public sealed record SkippedFile(string FileName, string Reason, SkipKind Kind)
    {
        /// <summary>The file <paramref name="fileName"/>, skipped because reading it threw <paramref name="error"/>.</summary>
        public static SkippedFile For(string fileName, Exception error) => new(fileName, error.Message, error switch
        {
            UnreadableDocumentException { IsUnsupportedFormat: true } => SkipKind.UnsupportedFormat,
            UnreadableDocumentException => SkipKind.Unreadable,
            InvalidDataException => SkipKind.InvalidMetadata,
            _ => SkipKind.FileAccess,
        });
    }

    /// <summary>Every document file in the folder (not recursive), sorted by name.</summary>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    public static IReadOnlyList<string> Files(string folder)
    {
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"Source folder not found: {Path.GetFullPath(folder)}");
        }
        return Directory.EnumerateFiles(folder)
            .Where(f => Extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Parses one file's content with its metadata override.</summary>
    /// <exception cref="UnreadableDocumentException">The file cannot be read as a document or holds no text.</exception>
    public static ParsedDocument Parse(string fileName, byte[] content, MetadataOverride? entry)
    {
        var parsed = DocumentParser.Parse(fileName, content, entry);
        return parsed.Paragraphs.Count > 0 ? parsed : throw new UnreadableDocumentException("no text to index (empty, or a scan without a text layer)");
    }

    /// <summary>Reads and parses every document of <paramref name="folder"/> (for tools that need the
    /// paragraphs without an index; indexing goes through <c>IndexUpdater</c>).</summary>
    public static ReadResult Read(string folder)
    {
        var overrides = MetadataSidecar.Read(folder);
        var documents = new List<ParsedDocument>();
        var skipped = new List<SkippedFile>();
        foreach (var file in Files(folder))
        {
            try
            {
                documents.Add(Parse(Path.GetFileName(file), File.ReadAllBytes(file), MetadataSidecar.ForFile(file, overrides)));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or UnreadableDocumentException or InvalidDataException)
            {
                skipped.Add(SkippedFile.For(Path.GetFileName(file), e));
            }
        }
        return new ReadResult(documents, skipped);
    }
}
