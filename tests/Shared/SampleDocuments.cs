using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace SearchService.Tests;

/// <summary>Small Swedish documents in every supported format, written by the tests themselves with
/// PdfPig's PdfDocumentBuilder and DocumentFormat.OpenXml: headings, a list, å/ä/ö and line-end
/// hyphenation, so the readers are tested on files with known content.</summary>
internal static class SampleDocuments
{
    /// <summary>Two A4 pages: running header and "Sida N" footer on both; a title; a paragraph with
    /// "vård-|platser" and "hälso-|och"; "EU-|medborgare"; a bullet list; a paragraph running on to
    /// page 2; then a heading over two columns.</summary>
    public static byte[] Pdf()
    {
        var builder = new PdfDocumentBuilder();
        var font = AddFont(builder);
        var bold = font;

        var first = builder.AddPage(595, 842);
        first.AddText("Region Värmland – Budget 2025", 9, new PdfPoint(50, 810), font);
        first.AddText("Budget för hälso- och sjukvård", 18, new PdfPoint(50, 760), bold);
        Lines(first, font, 50, 720, "Regionen ska öka antalet vård-", "platser under året och satsa på hälso-", "och sjukvård i hela länet.");
        Lines(first, font, 50, 660, "Stödet från Region Värmland gäller även EU-", "medborgare som vistas i länet.");
        Lines(first, font, 50, 610, "• Fler vårdplatser på länssjukhuset");
        Lines(first, font, 50, 596, "• Kortare köer till primärvården");
        Lines(first, font, 50, 560, "Arbetet fortsätter under");
        first.AddText("Sida 1", 9, new PdfPoint(50, 40), font);

        var second = builder.AddPage(595, 842);
        second.AddText("Region Värmland – Budget 2025", 9, new PdfPoint(50, 810), font);
        Lines(second, font, 50, 760, "nästa år med särskild uppföljning.");
        second.AddText("Två spalter", 14, new PdfPoint(50, 720), bold);
        Lines(second, font, 50, 690, "Vänster spalt börjar här och", "fortsätter nedåt i spalten.");
        Lines(second, font, 320, 690, "Höger spalt läses efter", "den vänstra spalten.");
        second.AddText("Sida 2", 9, new PdfPoint(50, 40), font);
        return builder.Build();
    }

    /// <summary>Three short pages alike but for their numbers: a running header, "Kapitel N" in
    /// larger type, two body lines (the second the same on every page) and a page number.</summary>
    public static byte[] RepeatedPages()
    {
        var builder = new PdfDocumentBuilder();
        var font = AddFont(builder);
        for (var number = 1; number <= 3; number++)
        {
            var page = builder.AddPage(595, 842);
            page.AddText("Region Västerbotten – Budget 2025", 9, new PdfPoint(50, 810), font);
            page.AddText($"Kapitel {number}", 16, new PdfPoint(50, 760), font);
            Lines(page, font, 50, 720, $"På sida {number} beskrivs hur antalet vård-", "platser i Umeå och Skellefteå ska öka");
            page.AddText($"{number}", 9, new PdfPoint(290, 40), font);
        }
        return builder.Build();
    }

    /// <summary>A Word document titled "Plan för vårdplatser": a Heading 1, a paragraph with a soft
    /// hyphen inside "vård­platser" and a non-breaking hyphen in "EU‑medborgare", a numbered list
    /// and a second heading with a paragraph under it.</summary>
    public static byte[] Word()
    {
        using var stream = new MemoryStream();
        using (var word = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            word.PackageProperties.Title = "Plan för vårdplatser";
            var main = word.AddMainDocumentPart();
            main.Document = new Document(new Body(
                Styled("Heading1", "Vårdplatser i Skåne"),
                new Paragraph(
                    new Run(new Text("Region Skåne ska öka antalet vård")),
                    new Run(new SoftHyphen()),
                    new Run(new Text("platser och ge ") { Space = SpaceProcessingModeValues.Preserve }),
                    new Run(new Text("EU")),
                    new Run(new NoBreakHyphen()),
                    new Run(new Text("medborgare samma vård."))),
                ListItem("Fler platser på akuten"),
                ListItem("Bättre bemanning på kvällar"),
                Styled("Heading2", "Uppföljning"),
                new Paragraph(new Run(new Text("Nämnden följer upp målen varje år.")))));
        }
        return stream.ToArray();
    }

    /// <summary>A page whose navigation, header, footer, script and style must not be indexed.</summary>
    public const string Html = """
        <!DOCTYPE html>
        <html lang="sv"><head><meta charset="utf-8"><title>Nyhet | Region Östergötland</title>
        <style>body { color: red }</style><script>var spår = "skript";</script></head>
        <body>
        <header>Region Östergötland – startsida</header>
        <nav><ul><li>Meny</li><li>Kontakt</li></ul></nav>
        <main>
          <h1>Stärker primärvården med 30 miljoner</h1>
          <p>Region Östergötland satsar på <b>vårdcentraler</b> i hela länet.</p>
          <h2>Insatser</h2>
          <ul><li>Fler sjuksköterskor</li><li>Längre öppettider</li></ul>
        </main>
        <footer>Kontakta oss · Cookies</footer>
        </body></html>
        """;

    // The standard 14 fonts cannot write å, ä, ö; a TrueType font committed with the tests can.
    private static PdfDocumentBuilder.AddedFont AddFont(PdfDocumentBuilder builder) =>
        builder.AddTrueTypeFont(File.ReadAllBytes(Path.Combine(RepositoryPaths.Root, "tests", "Fixtures", "Fonts", "LiberationSans-Regular.ttf")));

    private static void Lines(PdfPageBuilder page, PdfDocumentBuilder.AddedFont font, double x, double y, params string[] lines)
    {
        for (var i = 0; i < lines.Length; i++)
        {
            page.AddText(lines[i], 11, new PdfPoint(x, y - 14 * i), font);
        }
    }

    private static Paragraph Styled(string style, string text) =>
        new(new ParagraphProperties(new ParagraphStyleId { Val = style }), new Run(new Text(text)));

    private static Paragraph ListItem(string text) =>
        new(new ParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = 1 })), new Run(new Text(text)));
}
