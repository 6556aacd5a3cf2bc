using System.IO.Compression;

namespace SearchService.Core.Documents.Readers.Pdf;

/// <summary>
/// Inflates every Flate stream of a PDF, counting and keeping nothing, before PdfPig reads it: PdfPig
/// inflates a page's content into memory whole, and a 204 KB file whose one stream inflates to 200 MB
/// took 545 MB. A stream over <see cref="DocumentLimits.MaxPdfStreamBytes"/>, or all of them over
/// <see cref="DocumentLimits.MaxPdfInflatedBytes"/>, makes the file hostile. Streams are found by their
/// <c>stream</c>/<c>endstream</c> keywords; one that is not zlib data (an image, a stream in another
/// filter) is left to PdfPig.
/// </summary>
internal static class PdfInflation
{
    /// <summary>Throws when a stream of <paramref name="content"/> inflates past the limits.</summary>
    /// <exception cref="UnreadableDocumentException">Hostile.</exception>
    public static void Check(byte[] content)
    {
        var data = content.AsSpan();
        long total = 0;
        var buffer = new byte[81920];
        var at = 0;
        while (NextStream(data, ref at, out var start, out var length))
        {
            total += Inflated(content, start, length, buffer, DocumentLimits.MaxPdfInflatedBytes - total);
            if (total > DocumentLimits.MaxPdfInflatedBytes)
            {
                throw DocumentLimits.Exceeded($"its streams inflate to more than {DocumentLimits.MaxPdfInflatedBytes / (1024 * 1024)} MiB");
            }
        }
    }

    // The next stream's data: after "stream" and its end of line, up to "endstream" (or the end of the file).
    private static bool NextStream(ReadOnlySpan<byte> data, ref int at, out int start, out int length)
    {
        start = length = 0;
        while (at < data.Length)
        {
            var found = data[at..].IndexOf("stream"u8);
            if (found < 0)
            {
                at = data.Length;
                return false;
            }
            var keyword = at + found;
            at = keyword + 6;
            if (keyword >= 3 && data[(keyword - 3)..keyword].SequenceEqual("end"u8))
            {
                continue;
            }
            start = at < data.Length && data[at] == '\r' ? at + 1 : at;
            start = start < data.Length && data[start] == '\n' ? start + 1 : start;
            var end = data[start..].IndexOf("endstream"u8);
            length = end < 0 ? data.Length - start : end;
            at = start + length;
            return true;
        }
        return false;
    }

    // Bytes the stream inflates to, read no further than just past what is left of the budget;
    // 0 when it is not zlib data.
    private static long Inflated(byte[] content, int start, int length, byte[] buffer, long left)
    {
        if (length < 2 || content[start] != 0x78)
        {
            return 0;
        }
        var limit = Math.Min(left, DocumentLimits.MaxPdfStreamBytes);
        long inflated = 0;
        try
        {
            using var zlib = new ZLibStream(new MemoryStream(content, start, length, writable: false), CompressionMode.Decompress);
            int read;
            while ((read = zlib.Read(buffer)) > 0)
            {
                inflated += read;
                if (inflated > DocumentLimits.MaxPdfStreamBytes)
                {
                    throw DocumentLimits.Exceeded($"a stream inflates to more than {DocumentLimits.MaxPdfStreamBytes / (1024 * 1024)} MiB");
                }
                if (inflated > limit)
                {
                    break;
                }
            }
        }
        catch (InvalidDataException)
        {
            // Damaged or truncated data: what inflated so far counts, the rest is PdfPig's to judge.
        }
        return inflated;
    }
}
