namespace SearchService.Core.Documents.Readers;

/// <summary>Reads one file format into an <see cref="ExtractedDocument"/>.</summary>
public interface IDocumentReader
{
    /// <summary>Short name of the format for messages ("PDF", "Word").</summary>
    string Format { get; }

    /// <summary>File extensions (with dot, lower case) of the format.</summary>
    IReadOnlyList<string> Extensions { get; }

    /// <summary>Whether the content looks like this format (magic bytes or, for text, its shape).</summary>
    bool Recognises(ReadOnlySpan<byte> content);

    /// <summary>Extracts the document.</summary>
    /// <exception cref="UnreadableDocumentException">The content is encrypted, damaged or otherwise unreadable.</exception>
    ExtractedDocument Read(byte[] content);
}
