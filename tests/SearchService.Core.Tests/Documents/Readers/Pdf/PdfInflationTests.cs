using SearchService.Core.Documents;
using SearchService.Core.Documents.Readers;
using SearchService.Tests;

namespace SearchService.Core.Tests.Documents.Readers.Pdf;

// Issue 13, finding 3: a 204 KB PDF whose content stream inflated to 200 MB took 545 MB of memory in PdfPig.
public class PdfInflationTests
{
    [Fact]
    public void A_stream_inflating_past_the_limit_is_refused_as_hostile_before_PdfPig_reads_it() =>
        HostileDocuments.AssertRefused("bomb.pdf", HostileDocuments.InflatingPdf(), "inflates to more than");

    [Fact]
    public void A_real_pdf_with_compressed_streams_is_still_read()
    {
        var parsed = DocumentParser.Parse("plan.pdf", SampleDocuments.Pdf());

        Assert.NotEmpty(parsed.Paragraphs);
    }
}
