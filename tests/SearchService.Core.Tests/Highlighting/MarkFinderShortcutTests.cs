using SearchService.Core.Highlighting;
using SearchService.Core.Indexing;
using SearchService.Core.Search.Queries;
using SearchService.Core.Tests.Search;

namespace SearchService.Core.Tests.Highlighting;

// MarkFinder skips re-analysing a paragraph for compound parts or folded words when they cannot add
// a mark; on every seed paragraph and a spread of queries the marks must be those of the full analysis.
public class MarkFinderShortcutTests(SeedIndexFixture seeds) : IClassFixture<SeedIndexFixture>
{
    [Theory]
    [InlineData("vårdplatser")]
    [InlineData("vård")]
    [InlineData("plats")]
    [InlineData("sjukvården")]
    [InlineData("hälsovård")]
    [InlineData("vardplatser")]
    [InlineData("overbelaggningar")]
    [InlineData("vårdplaster")]
    [InlineData("personalbrist")]
    [InlineData("brist")]
    [InlineData("region skåne")]
    [InlineData("vård*")]
    [InlineData("\"hälso- och sjukvården\"")]
    [InlineData("psykiatri")]
    [InlineData("kvinnovård")]
    [InlineData("läkare OR sjuksköterskor")]
    public void Marks_are_those_of_analysing_every_field(string query)
    {
        using var lease = seeds.Index.Acquire();
        var reader = lease.Searcher.IndexReader;
        var highlight = new LuceneQueryBuilder(seeds.Index.Analysis).Build(UserQueryParser.Parse(query)!, reader).Highlight;
        var shortcut = new MarkFinder(seeds.Index.Analysis.Analyzer);
        var full = new MarkFinder(seeds.Index.Analysis.Analyzer) { AlwaysAnalyse = true };

        var marked = 0;
        for (var doc = 0; doc < reader.MaxDoc; doc++)
        {
            var text = reader.Document(doc).Get(ParagraphFields.Text);
            var expected = full.Find(text, highlight);
            Assert.Equal(expected, shortcut.Find(text, highlight));
            marked += expected.Count;
        }
        Assert.True(marked > 0);
    }

    [Fact]
    public void A_part_inside_a_word_marked_more_weakly_is_still_looked_for()
    {
        const string text = "Vårdplatsbrist råder.";
        var highlight = new HighlightTerms();
        highlight.FoldedTerms.Add("vårdplatsbrist"); // the whole word: a folded mark, weaker than a part
        highlight.PartTerms.Add("plats");

        var marks = new MarkFinder(seeds.Index.Analysis.Analyzer).Find(text, highlight);

        Assert.Equal(new MarkFinder(seeds.Index.Analysis.Analyzer) { AlwaysAnalyse = true }.Find(text, highlight), marks);
        Assert.Equal([("plats", MarkKinds.Compound)], marks.Select(m => (text[m.Start..m.End], m.Kind)));
    }
}
