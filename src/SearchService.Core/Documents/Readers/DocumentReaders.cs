using SearchService.Core.Documents.Readers.Pdf;

namespace SearchService.Core.Documents.Readers;

/// <summary>The readers of all supported formats. A file's reader is chosen by its extension and
/// must recognise the content too, so a renamed file is refused rather than read as garbage.</summary>
public static class DocumentReaders
{
    /// <summary>Every reader, plain text first.</summary>
    public static IReadOnlyList<IDocumentReader> All { get; } =
        [new PlainTextReader(), new PdfReader(), new WordReader(), new HtmlReader()];

    /// <summary>Every supported extension (with dot, lower case).</summary>
    public static IReadOnlyList<string> Extensions { get; } = All.SelectMany(r => r.Extensions).ToList();

    /// <summary>The reader for files named like <paramref name="fileName"/>, or null when the extension is not supported.</summary>
    public static IDocumentReader? ForFileName(string fileName)
    {
        var extension = Path.GetExtension(fileName);
        return All.FirstOrDefault(r => r.Extensions.Contains(extension, StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>Reads a file's content with the reader its name calls for.</summary>
    /// <exception cref="UnreadableDocumentException">The extension is not supported, the content is
    /// not of that format, or the reader cannot read it.</exception>
    public static ExtractedDocument Read(string fileName, byte[] content)
    {
        var reader = ForFileName(fileName) ?? throw new UnreadableDocumentException(
            $"unsupported file type \"{Path.GetExtension(fileName)}\"; supported: {string.Join(", ", Extensions)}") { IsUnsupportedFormat = true };
        if (!reader.Recognises(content))
        {
            throw new UnreadableDocumentException($"the content is not {reader.Format} (named {Path.GetExtension(fileName)})") { IsUnsupportedFormat = true };
        }
        ExtractedDocument document;
        try
        {
            document = reader.Read(content);
        }
        catch (UnreadableDocumentException)
        {
            throw;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Third-party parsers signal damaged files with many exception types; any of them means "cannot read this file".
            throw new UnreadableDocumentException($"damaged or unreadable {reader.Format} file ({e.Message})", e);
        }
        DocumentLimits.CheckTextLength(document.Text.Length);
        return document;
    }
}
