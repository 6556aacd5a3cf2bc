using System.Text;

namespace SearchService.Core.Documents;

/// <summary>Reads the documents of a source folder. A file that cannot be read or is not valid UTF-8
/// is reported and skipped so that one bad file does not stop the rest.</summary>
public static class SourceFolder
{
    /// <summary>File extensions read as documents.</summary>
    public static IReadOnlyList<string> Extensions { get; } = [".txt", ".md"];

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The outcome of reading a folder.</summary>
    public sealed record ReadResult(IReadOnlyList<ParsedDocument> Documents, IReadOnlyList<SkippedFile> Skipped);

    /// <summary>A file that was not indexed, and why.</summary>
    public sealed record SkippedFile(string FileName, string Reason);

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

    /// <summary>Reads and parses every document of <paramref name="folder"/>, reporting progress per file.</summary>
    public static ReadResult Read(string folder, IProgress<int>? progress = null)
    {
        var files = Files(folder);
        var overrides = MetadataSidecar.Read(folder);
        var documents = new List<ParsedDocument>();
        var skipped = new List<SkippedFile>();
        foreach (var file in files)
        {
            var name = Path.GetFileName(file);
            var id = Path.GetFileNameWithoutExtension(file);
            try
            {
                var text = File.ReadAllText(file, StrictUtf8);
                var entry = overrides.GetValueOrDefault(name) ?? overrides.GetValueOrDefault(id);
                documents.Add(DocumentParser.Parse(new SourceDocument(id, name, text), entry));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or DecoderFallbackException)
            {
                skipped.Add(new SkippedFile(name, e is DecoderFallbackException ? "not valid UTF-8 text" : e.Message));
            }
            progress?.Report(documents.Count + skipped.Count);
        }
        return new ReadResult(documents, skipped);
    }
}
