namespace SearchService.Core.Documents.Readers;

/// <summary>The PDF signature: <c>%PDF-</c> within the first kilobyte, where readers look for it.</summary>
internal static class PdfMagic
{
    public static bool IsPdf(ReadOnlySpan<byte> content) =>
        content[..Math.Min(content.Length, 1024)].IndexOf("%PDF-"u8) >= 0;
}
