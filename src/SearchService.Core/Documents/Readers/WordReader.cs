using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using WordParagraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;

namespace SearchService.Core.Documents.Readers;

/// <summary>Reads Word <c>.docx</c> files with DocumentFormat.OpenXml, once <see cref="WordPackage"/>
/// has found them within the limits: paragraphs in body order
/// (table cells included), heading styles (Heading 1…, Rubrik 1…, Title) as headings, numbered and
/// bulleted paragraphs as list items, and the document title from its properties.</summary>
internal sealed class WordReader : IDocumentReader
{
    /// <inheritdoc />
    public string Format => "Word";

    /// <inheritdoc />
    public IReadOnlyList<string> Extensions { get; } = [".docx"];

    /// <inheritdoc />
    public bool Recognises(ReadOnlySpan<byte> content) => content.StartsWith("PK\u0003\u0004"u8);

    /// <inheritdoc />
    public ExtractedDocument Read(byte[] content)
    {
        WordPackage.Check(content);
        using var stream = new MemoryStream(content, writable: false);
        using var word = WordprocessingDocument.Open(stream, false, new OpenSettings { MaxCharactersInPart = DocumentLimits.MaxXmlPartCharacters });
        var main = word.MainDocumentPart ?? throw new UnreadableDocumentException("not a Word document (no main document part)");
        var styleNames = main.StyleDefinitionsPart?.Styles?.Elements<Style>()
            .Where(s => s.StyleId?.Value is not null)
            .ToDictionary(s => s.StyleId!.Value!, s => s.StyleName?.Val?.Value ?? s.StyleId!.Value!, StringComparer.OrdinalIgnoreCase)
            ?? [];
        var output = new StructuredText();
        foreach (var paragraph in main.Document?.Body?.Descendants<WordParagraph>() ?? [])
        {
            var text = TextOf(paragraph);
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }
            var style = paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value;
            var styleName = style is null ? "" : styleNames.GetValueOrDefault(style, style);
            if (IsHeading(styleName) || IsHeading(style ?? ""))
            {
                output.AddHeading(text);
            }
            else if (paragraph.ParagraphProperties?.NumberingProperties is not null || IsListStyle(styleName))
            {
                output.AddListItem(text);
            }
            else
            {
                output.AddParagraph(text);
            }
        }
        return output.ToDocument(word.PackageProperties.Title);
    }

    private static bool IsHeading(string style) =>
        style.StartsWith("heading", StringComparison.OrdinalIgnoreCase)
        || style.StartsWith("rubrik", StringComparison.OrdinalIgnoreCase)
        || style.Equals("title", StringComparison.OrdinalIgnoreCase)
        || style.Equals("rubrik", StringComparison.OrdinalIgnoreCase);

    private static bool IsListStyle(string style) =>
        style.StartsWith("list", StringComparison.OrdinalIgnoreCase) || style.StartsWith("liststycke", StringComparison.OrdinalIgnoreCase);

    // Runs' text in order; tabs and breaks are spaces, a non-breaking hyphen a hyphen, deleted text left out.
    private static string TextOf(WordParagraph paragraph)
    {
        var builder = new StringBuilder();
        foreach (var element in paragraph.Descendants())
        {
            switch (element)
            {
                case Text text:
                    builder.Append(text.Text);
                    break;
                case TabChar or Break or CarriageReturn:
                    builder.Append(' ');
                    break;
                case NoBreakHyphen:
                    builder.Append('-');
                    break;
            }
        }
        return builder.ToString();
    }
}
