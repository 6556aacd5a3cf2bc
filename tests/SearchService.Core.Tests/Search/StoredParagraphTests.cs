using Lucene.Net.Documents;
using SearchService.Core.Indexing;
using SearchService.Core.Search;

namespace SearchService.Core.Tests.Search;

// StoredParagraph reads stored fields through its own visitor; Lucene's Document, read field by field, is the oracle.
public sealed class StoredParagraphTests(SeedIndexFixture seeds) : IClassFixture<SeedIndexFixture>
{
    [Fact]
    public void Every_paragraph_reads_as_its_Lucene_document_does()
    {
        using var lease = seeds.Index.Acquire();
        var reader = lease.Searcher.IndexReader;
        var withRegions = 0;
        for (var doc = 0; doc < reader.MaxDoc; doc++)
        {
            var document = reader.Document(doc);
            var read = StoredParagraph.Read(reader, doc);
            Assert.Equal(Expected(document), Fields(read));
            withRegions += read.RegionsMentioned.Count > 1 ? 1 : 0;
        }
        Assert.True(reader.MaxDoc > 400);
        Assert.True(withRegions > 0, "some paragraph should mention several regions");
    }

    [Fact]
    public void Only_the_fields_asked_for_are_read()
    {
        using var lease = seeds.Index.Acquire();
        var reader = lease.Searcher.IndexReader;
        for (var doc = 0; doc < reader.MaxDoc; doc += 7)
        {
            var read = StoredParagraph.Read(reader, doc, MatchRow.Fields);
            Assert.Equal(Expected(reader.Document(doc, MatchRow.Fields)), Fields(read));
            Assert.Empty(read.RegionsMentioned);
            Assert.Null(read.FileName);
        }
    }

    private static string Fields(StoredParagraph p) => string.Join("|",
        p.Id, p.DocumentId, p.Title, p.Region, string.Join(",", p.RegionsMentioned), p.Date, p.Section, p.Number, p.Text,
        p.StartOffset, p.EndOffset, p.Page, p.Organisation, p.DocumentType, p.SourceUrl, p.Municipality, p.FileName);

    private static string Expected(Document d)
    {
        var number = d.GetField(ParagraphFields.Number)?.GetInt32Value() ?? 0;
        return string.Join("|",
            ParagraphDocumentFactory.ParagraphId(d.Get(ParagraphFields.DocumentId), number), d.Get(ParagraphFields.DocumentId),
            d.Get(ParagraphFields.Title), d.Get(ParagraphFields.Region), string.Join(",", d.GetValues(ParagraphFields.RegionsMentioned)),
            d.Get(ParagraphFields.Date), d.Get(ParagraphFields.Section), number, d.Get(ParagraphFields.Text),
            d.GetField(ParagraphFields.StartOffset)?.GetInt32Value() ?? 0, d.GetField(ParagraphFields.EndOffset)?.GetInt32Value() ?? 0,
            d.GetField(ParagraphFields.Page)?.GetInt32Value(), d.Get(ParagraphFields.Organisation), d.Get(ParagraphFields.DocumentType),
            d.Get(ParagraphFields.SourceUrl), d.Get(ParagraphFields.Municipality), d.Get(ParagraphFields.FileName));
    }
}
