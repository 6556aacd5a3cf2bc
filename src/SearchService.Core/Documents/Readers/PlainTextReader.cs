using System.Text;

namespace SearchService.Core.Documents.Readers;

/// <summary>Reads <c>.txt</c> and <c>.md</c> files: strict UTF-8, taken as splitter text as it is.</summary>
internal sealed class PlainTextReader : IDocumentReader
{
    private const int SniffLength = 8192;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <inheritdoc />
    public string Format => "text";

    /// <inheritdoc />
    public IReadOnlyList<string> Extensions { get; } = [".txt", ".md"];

    /// <inheritdoc />
    public bool Recognises(ReadOnlySpan<byte> content) =>
        !content[..Math.Min(content.Length, SniffLength)].Contains((byte)0)
        && !PdfMagic.IsPdf(content)
        && !content.StartsWith("PK\u0003\u0004"u8);

    /// <inheritdoc />
    public ExtractedDocument Read(byte[] content) => new(Decode(content), null, []);

    /// <summary>Decodes strict UTF-8 (a leading byte-order mark is dropped).</summary>
    /// <exception cref="UnreadableDocumentException">The bytes are not valid UTF-8.</exception>
    public static string Decode(byte[] content)
    {
        try
        {
            var text = StrictUtf8.GetString(content);
            return text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
        }
        catch (DecoderFallbackException e)
        {
            throw new UnreadableDocumentException("not valid UTF-8 text", e);
        }
    }
}
