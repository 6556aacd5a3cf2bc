using System.Text;
using SearchService.Core.Documents;
using SearchService.Core.Documents.Readers;
using SearchService.Tests;

namespace SearchService.Core.Tests.Documents.Readers;

// Issue 13, finding 3: 660 KB of nested HTML took 12 s per parse (and held the index's write lock).
public class HtmlNestingTests
{
    [Fact]
    public void A_page_nesting_past_the_limit_is_refused_as_hostile_before_AngleSharp_parses_it() =>
        HostileDocuments.AssertRefused("nested.html", HostileDocuments.NestedHtml(), $"more than {DocumentLimits.MaxHtmlDepth} deep", smallerThan: 2_000_000);

    [Theory]
    [InlineData("<div><div><p>x</div></div>", 2)]
    [InlineData("<p>a<p>b<p>c<li>d<li>e<br><img src=x>", 0)]
    [InlineData("<div><span/><script>if (a<b) { x = '<div><div>'; }</script><!-- <div><div> --></div>", 1)]
    [InlineData("<DIV><Section></section></DIV>", 2)]
    [InlineData("</div></div><div>", 1)]
    public void Depth_counts_elements_that_stay_open(string html, int deepest)
    {
        Assert.Equal(deepest, HtmlNesting.Deepest(html));
    }

    [Fact]
    public void A_real_page_is_still_read()
    {
        var parsed = DocumentParser.Parse("nyhet.html", Encoding.UTF8.GetBytes(SampleDocuments.Html));

        Assert.NotEmpty(parsed.Paragraphs);
        Assert.InRange(HtmlNesting.Deepest(SampleDocuments.Html), 1, 20);
    }
}
