using SearchService.Core.Documents;
using SearchService.Core.Documents.Readers;
using SearchService.Tests;

namespace SearchService.Core.Tests.Documents.Readers;

public class PdfReaderTests
{
    private static readonly ParsedDocument Sample = DocumentParser.Parse("budget.pdf", SampleDocuments.Pdf());

    [Fact]
    public void Paragraphs_come_out_joined_dehyphenated_and_in_reading_order()
    {
        Assert.Equal(
        [
            "Regionen ska öka antalet vårdplatser under året och satsa på hälso- och sjukvård i hela länet.",
            "Stödet från Region Värmland gäller även EU-medborgare som vistas i länet.",
            "Fler vårdplatser på länssjukhuset",
            "Kortare köer till primärvården",
            "Arbetet fortsätter under nästa år med särskild uppföljning.",
            "Vänster spalt börjar här och fortsätter nedåt i spalten.",
            "Höger spalt läses efter den vänstra spalten.",
        ], Sample.Paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void Running_header_and_page_numbers_are_dropped()
    {
        Assert.DoesNotContain(Sample.Paragraphs, p => p.Text.Contains("Budget 2025", StringComparison.Ordinal) || p.Text.Contains("Sida", StringComparison.Ordinal));
    }

    [Fact]
    public void Larger_type_becomes_the_title_and_the_sections()
    {
        Assert.Equal("Budget för hälso- och sjukvård", Sample.Metadata.Title);
        Assert.Equal("Budget för hälso- och sjukvård", Sample.Paragraphs[0].Section);
        Assert.Equal("Två spalter", Sample.Paragraphs[^1].Section);
    }

    [Fact]
    public void Each_paragraph_knows_the_page_it_starts_on()
    {
        Assert.Equal([1, 1, 1, 1, 1, 2, 2], Sample.Paragraphs.Select(p => p.Page ?? 0));
    }

    [Fact]
    public void Region_and_organisation_are_detected_from_the_text_as_for_plain_text()
    {
        Assert.Equal("Värmland", Sample.Metadata.Region);
        Assert.Equal("Region Värmland", Sample.Metadata.Organisation);
    }

    [Fact]
    public void Body_lines_near_a_page_edge_stay_and_unpunctuated_paragraphs_are_not_headings()
    {
        var parsed = DocumentParser.Parse("kort.pdf", SampleDocuments.RepeatedPages());
        Assert.Equal(
            new[] { 1, 2, 3 }.Select(n => ((string?)$"Kapitel {n}", $"På sida {n} beskrivs hur antalet vårdplatser i Umeå och Skellefteå ska öka", (int?)n)),
            parsed.Paragraphs.Select(p => (p.Section, p.Text, p.Page)));
    }

    [Fact]
    public void A_damaged_pdf_is_unreadable_with_a_reason()
    {
        var damaged = System.Text.Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ngarbage");
        var error = Assert.Throws<UnreadableDocumentException>(() => DocumentReaders.Read("broken.pdf", damaged));
        Assert.False(error.IsUnsupportedFormat);
    }

    [Fact]
    public void An_encrypted_pdf_is_unreadable_and_says_so()
    {
        var pdf = System.Text.Encoding.Latin1.GetString(SampleDocuments.Pdf());
        var trailer = pdf.LastIndexOf("trailer", StringComparison.Ordinal);
        Assert.True(trailer > 0);
        var open = pdf.IndexOf("<<", trailer, StringComparison.Ordinal);
        var encrypted = pdf[..(open + 2)] + " /Encrypt << /Filter /Standard /V 1 /R 2 /O (0123456789abcdef0123456789abcdef) /U (0123456789abcdef0123456789abcdef) /P -4 >> " + pdf[(open + 2)..];
        var error = Assert.Throws<UnreadableDocumentException>(() => DocumentReaders.Read("secret.pdf", System.Text.Encoding.Latin1.GetBytes(encrypted)));
        Assert.Contains("encrypt", error.Message, StringComparison.OrdinalIgnoreCase);
    }
}
