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

    /// <summary>A file's outcome: its parsed document, or why it was skipped.</summary>
    public sealed record FileOutcome(ParsedDocument? Document, SkippedFile? Skipped);

    /// <summary>Reads and parses every document of <paramref name="folder"/>, reporting progress per file.</summary>
    public static ReadResult Read(string folder, IProgress<int>? progress = null)
    {
        var documents = new List<ParsedDocument>();
        var skipped = new List<SkippedFile>();
        foreach (var outcome in ReadEach(folder))
        {
            if (outcome.Document is { } document)
            {
                documents.Add(document);
            }
            else
            {
                skipped.Add(outcome.Skipped!);
            }
            progress?.Report(documents.Count + skipped.Count);
        }
        return new ReadResult(documents, skipped);
    }

    /// <summary>Reads and parses the files of <paramref name="folder"/> on all cores, yielding them
    /// lazily in file-name order (so a consumer can index while later files are still parsed, and the
    /// index comes out the same on every run).</summary>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    public static IEnumerable<FileOutcome> ReadEach(string folder)
    {
        var files = Files(folder);
        var overrides = MetadataSidecar.Read(folder);
        return files.AsParallel().AsOrdered().Select(file => ReadOne(file, overrides));
    }

    private static FileOutcome ReadOne(string file, IReadOnlyDictionary<string, MetadataOverride> overrides)
    {
        var name = Path.GetFileName(file);
        var id = Path.GetFileNameWithoutExtension(file);
        try
        {
            var text = File.ReadAllText(file, StrictUtf8);
            var entry = overrides.GetValueOrDefault(name) ?? overrides.GetValueOrDefault(id);
            return new FileOutcome(DocumentParser.Parse(new SourceDocument(id, name, text), entry), null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or DecoderFallbackException)
        {
            return new FileOutcome(null, new SkippedFile(name, e is DecoderFallbackException ? "not valid UTF-8 text" : e.Message));
        }
    }
}
