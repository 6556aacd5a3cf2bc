namespace SearchService.Core.Documents.Readers;

/// <summary>
/// Every limit a file must keep to be read, in one place. Files come from the source folder and from
/// the write API, so a hostile one (nested deep enough to overflow a parser's stack, a zip or stream
/// that inflates a thousandfold, markup a parser handles in quadratic time) must be refused before the
/// third-party parser sees it: it is reported and skipped like any unreadable file, and the run or the
/// service goes on. The limits sit far above what real policy documents need (a 300-page report's
/// <c>word/document.xml</c> is a few megabytes and nests about 10 elements deep).
/// </summary>
internal static class DocumentLimits
{
    /// <summary>Largest file read from the source folder, in bytes (uploads have their own, smaller
    /// limit, <c>Documents:MaxUploadBytes</c>).</summary>
    public const long MaxFileBytes = 128 * 1024 * 1024;

    /// <summary>Deepest XML element nesting in a Word part (DocumentFormat.OpenXml recurses per level
    /// and overflowed its stack at 20,000 nested content controls).</summary>
    public const int MaxXmlDepth = 256;

    /// <summary>Largest XML part of a Word file once inflated, in characters (also OpenXml's
    /// <c>MaxCharactersInPart</c>).</summary>
    public const long MaxXmlPartCharacters = 16 * 1024 * 1024;

    /// <summary>All XML parts of a Word file together, inflated, in bytes as the zip declares them.</summary>
    public const long MaxXmlPackageBytes = 48 * 1024 * 1024;

    /// <summary>Entries in a Word file's zip.</summary>
    public const int MaxPackageEntries = 10_000;

    /// <summary>Deepest element nesting in an HTML page (the parser's work grew quadratically with it,
    /// and our walk over its tree recurses per level).</summary>
    public const int MaxHtmlDepth = 512;

    /// <summary>Largest PDF stream once inflated, in bytes.</summary>
    public const long MaxPdfStreamBytes = 32 * 1024 * 1024;

    /// <summary>All Flate streams of a PDF together, inflated, in bytes.</summary>
    public const long MaxPdfInflatedBytes = 128 * 1024 * 1024;

    /// <summary>Most text taken from one document, in characters (a 20 MiB upload of plain text fits).</summary>
    public const int MaxTextCharacters = 24 * 1024 * 1024;

    /// <summary>Throws when a document's text has grown to <paramref name="characters"/>, over <see cref="MaxTextCharacters"/>.</summary>
    /// <exception cref="UnreadableDocumentException">Hostile.</exception>
    public static void CheckTextLength(int characters)
    {
        if (characters > MaxTextCharacters)
        {
            throw Exceeded($"it holds more than {MaxTextCharacters} characters of text");
        }
    }

    /// <summary>The exception for a file that breaks a limit: reported and skipped as hostile.</summary>
    public static UnreadableDocumentException Exceeded(string reason) => new($"refused as hostile: {reason}") { IsHostile = true };
}
