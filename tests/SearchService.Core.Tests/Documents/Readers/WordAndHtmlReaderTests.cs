using System.Text;
using SearchService.Core.Documents;
using SearchService.Core.Documents.Readers;
using SearchService.Tests;

namespace SearchService.Core.Tests.Documents.Readers;

public class WordAndHtmlReaderTests
{
    [Fact]
    public void A_word_document_gives_title_headings_paragraphs_and_list_items()
    {
        var parsed = DocumentParser.Parse("plan.docx", SampleDocuments.Word());
        Assert.Equal("Plan för vårdplatser", parsed.Metadata.Title);
        Assert.Equal("Skåne", parsed.Metadata.Region);
        Assert.Equal(
        [
            ("Vårdplatser i Skåne", "Region Skåne ska öka antalet vårdplatser och ge EU-medborgare samma vård."),
            ("Vårdplatser i Skåne", "Fler platser på akuten"),
            ("Vårdplatser i Skåne", "Bättre bemanning på kvällar"),
            ("Uppföljning", "Nämnden följer upp målen varje år."),
        ], parsed.Paragraphs.Select(p => (p.Section, p.Text)));
        Assert.All(parsed.Paragraphs, p => Assert.Null(p.Page));
    }

    [Fact]
    public void An_html_page_gives_only_its_main_content()
    {
        var parsed = DocumentParser.Parse("nyhet.html", Encoding.UTF8.GetBytes(SampleDocuments.Html));
        Assert.Equal("Stärker primärvården med 30 miljoner", parsed.Metadata.Title);
        Assert.Equal("Östergötland", parsed.Metadata.Region);
        Assert.Equal(
        [
            "Region Östergötland satsar på vårdcentraler i hela länet.",
            "Fler sjuksköterskor",
            "Längre öppettider",
        ], parsed.Paragraphs.Select(p => p.Text));
        var all = string.Join(" ", parsed.Paragraphs.Select(p => p.Text + " " + p.Section));
        foreach (var dropped in new[] { "Meny", "Kontakt", "startsida", "Cookies", "skript", "color" })
        {
            Assert.DoesNotContain(dropped, all, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void An_html_page_without_a_heading_takes_its_title_element()
    {
        var parsed = DocumentParser.Parse("sida.htm", Encoding.UTF8.GetBytes("<html><head><title>Om vården</title></head><body><p>Vård i Halland.</p></body></html>"));
        Assert.Equal("Om vården", parsed.Metadata.Title);
        Assert.Equal("Vård i Halland.", Assert.Single(parsed.Paragraphs).Text);
    }

    [Theory]
    [InlineData("renamed.pdf", "just text")]
    [InlineData("renamed.docx", "just text")]
    [InlineData("renamed.html", "no markup here")]
    [InlineData("notes.rtf", "{\\rtf1 text}")]
    public void Content_that_does_not_match_the_name_is_refused_as_unsupported(string fileName, string content)
    {
        var error = Assert.Throws<UnreadableDocumentException>(() => DocumentReaders.Read(fileName, Encoding.UTF8.GetBytes(content)));
        Assert.True(error.IsUnsupportedFormat);
    }

    [Fact]
    public void A_pdf_named_txt_is_not_read_as_text()
    {
        Assert.Throws<UnreadableDocumentException>(() => DocumentReaders.Read("report.txt", SampleDocuments.Pdf()));
    }

    [Fact]
    public void A_zip_that_is_no_word_document_is_unreadable()
    {
        var error = Assert.Throws<UnreadableDocumentException>(() => DocumentReaders.Read("fake.docx", [0x50, 0x4B, 0x03, 0x04, 1, 2, 3, 4, 5]));
        Assert.False(error.IsUnsupportedFormat);
    }
}
