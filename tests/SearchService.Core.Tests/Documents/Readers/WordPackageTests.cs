using SearchService.Core.Documents;
using SearchService.Core.Documents.Readers;
using SearchService.Tests;

namespace SearchService.Core.Tests.Documents.Readers;

// Issue 13, findings 2 and 3: a 6.8 KB .docx of nested content controls overflowed OpenXml's stack
// (uncatchable, the process died), and a small one inflating to 50 MB of XML took 669 MB of memory.
public class WordPackageTests
{
    [Fact]
    public void Deeply_nested_content_controls_are_refused_as_hostile_before_OpenXml_sees_them() =>
        HostileDocuments.AssertRefused("nested.docx", HostileDocuments.NestedWord(), $"more than {DocumentLimits.MaxXmlDepth} deep", smallerThan: 20_000);

    [Fact]
    public void A_word_file_inflating_past_the_part_limit_is_refused_as_hostile() =>
        HostileDocuments.AssertRefused("bomb.docx", HostileDocuments.InflatingWord(), "inflates");

    [Fact]
    public void Nesting_as_deep_as_real_documents_use_is_still_read()
    {
        var parsed = DocumentParser.Parse("plan.docx", HostileDocuments.NestedWord(depth: 50));

        Assert.Equal("Vårdplatser", Assert.Single(parsed.Paragraphs).Text);
    }

    [Fact]
    public void A_folder_with_a_hostile_file_reads_the_others_and_reports_it_as_hostile()
    {
        using var folder = new TemporaryFolder();
        File.WriteAllBytes(Path.Combine(folder.Path, "nested.docx"), HostileDocuments.NestedWord());
        File.WriteAllBytes(Path.Combine(folder.Path, "plan.docx"), SampleDocuments.Word());

        var read = SourceFolder.Read(folder.Path);

        Assert.Equal("plan", Assert.Single(read.Documents).Id);
        var skipped = Assert.Single(read.Skipped);
        Assert.Equal(("nested.docx", true), (skipped.FileName, skipped.Hostile));
    }
}
