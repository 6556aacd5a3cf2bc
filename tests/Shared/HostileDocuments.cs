using System.IO.Compression;
using System.Text;
using SearchService.Core.Documents.Readers;
using Xunit;

namespace SearchService.Tests;

/// <summary>Files made to break a parser (issue 13), generated at run time so no large or dangerous
/// binary sits in the repository: each is small on disk and costly or fatal once parsed.</summary>
internal static class HostileDocuments
{
    private const string WordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /// <summary>A .docx of a few KB whose body nests <paramref name="depth"/> content controls
    /// (<c>w:sdt</c>/<c>w:sdtContent</c>): DocumentFormat.OpenXml's recursion overflowed the stack on
    /// 20,000 of them and killed the process.</summary>
    public static byte[] NestedWord(int depth = 20_000)
    {
        var body = new StringBuilder();
        body.Insert(0, "<w:sdt><w:sdtContent>", depth);
        body.Append("<w:p><w:r><w:t>Vårdplatser</w:t></w:r></w:p>");
        body.Insert(body.Length, "</w:sdtContent></w:sdt>", depth);
        return WordWithBody(body.ToString());
    }

    /// <summary>A .docx whose body inflates to <paramref name="characters"/> characters of XML from a
    /// zip a thousand times smaller.</summary>
    public static byte[] InflatingWord(int characters = 20 * 1024 * 1024)
    {
        const string paragraph = "<w:p><w:r><w:t>Vårdplatser ska bli fler i hela regionen.</w:t></w:r></w:p>";
        var body = new StringBuilder(characters + paragraph.Length);
        while (body.Length < characters)
        {
            body.Append(paragraph);
        }
        return WordWithBody(body.ToString());
    }

    /// <summary>An HTML page of <paramref name="depth"/> nested <c>div</c>s around one paragraph.</summary>
    public static byte[] NestedHtml(int depth = 100_000) =>
        Encoding.UTF8.GetBytes("<!DOCTYPE html><html><body>" + string.Concat(Enumerable.Repeat("<div>", depth)) +
            "<p>Vårdplatser ska bli fler.</p>" + string.Concat(Enumerable.Repeat("</div>", depth)) + "</body></html>");

    /// <summary>A one-page PDF whose content stream inflates to <paramref name="bytes"/> bytes of spaces
    /// from a file a thousand times smaller.</summary>
    public static byte[] InflatingPdf(int bytes = 40 * 1024 * 1024)
    {
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            var spaces = new byte[1024 * 1024];
            Array.Fill(spaces, (byte)' ');
            for (var written = 0; written < bytes; written += spaces.Length)
            {
                zlib.Write(spaces, 0, Math.Min(spaces.Length, bytes - written));
            }
        }
        using var pdf = new MemoryStream();
        void Write(string text) => pdf.Write(Encoding.ASCII.GetBytes(text));
        Write("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n");
        Write("3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >> endobj\n");
        Write($"4 0 obj << /Length {compressed.Length} /Filter /FlateDecode >>\nstream\n");
        pdf.Write(compressed.ToArray());
        Write("\nendstream\nendobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
        return pdf.ToArray();
    }

    /// <summary>Asserts that reading <paramref name="content"/> as <paramref name="fileName"/> is refused
    /// as hostile, saying <paramref name="said"/>, from a file smaller than <paramref name="smallerThan"/> bytes.</summary>
    public static void AssertRefused(string fileName, byte[] content, string said, int smallerThan = 200_000)
    {
        Assert.True(content.Length < smallerThan, $"{content.Length} bytes");
        var refused = Assert.Throws<UnreadableDocumentException>(() => DocumentReaders.Read(fileName, content));
        Assert.True(refused.IsHostile);
        Assert.Contains(said, refused.Message, StringComparison.Ordinal);
    }

    // A real Word document (the sample) with its main part replaced by the given body.
    private static byte[] WordWithBody(string body)
    {
        using var stream = new MemoryStream();
        stream.Write(SampleDocuments.Word());
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            zip.GetEntry("word/document.xml")!.Delete();
            using var writer = new StreamWriter(zip.CreateEntry("word/document.xml", CompressionLevel.SmallestSize).Open(), new UTF8Encoding(false));
            writer.Write($"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document xmlns:w=\"{WordNamespace}\"><w:body>{body}</w:body></w:document>");
        }
        return stream.ToArray();
    }
}
