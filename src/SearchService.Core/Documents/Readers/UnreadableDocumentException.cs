namespace SearchService.Core.Documents.Readers;

/// <summary>A file that cannot be turned into a document: wrong content for its name, encrypted,
/// damaged or not valid text. The message says why, for the skip report and 4xx answers.</summary>
public sealed class UnreadableDocumentException : Exception
{
    /// <summary>Creates the exception with a reason.</summary>
    public UnreadableDocumentException(string message, Exception? inner = null) : base(message, inner)
    {
    }

    /// <summary>Whether the format of the file is not supported or does not match its content (as
    /// opposed to a supported file that is damaged).</summary>
    public bool IsUnsupportedFormat { get; init; }

    /// <summary>Whether the file breaks one of the <see cref="DocumentLimits"/> (nested or inflating
    /// far beyond any real document), so operators see it as a possible attack rather than a damaged file.</summary>
    public bool IsHostile { get; init; }
}
