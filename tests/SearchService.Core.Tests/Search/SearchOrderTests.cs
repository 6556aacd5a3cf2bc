using SearchService.Core.Search;

namespace SearchService.Core.Tests.Search;

// sort=newest: the same matches, totals and facets as by relevance, newest document first, best first within a date,
// undated documents last.
public sealed class SearchOrderTests : IDisposable
{
    private readonly IndexOfTexts texts = new(
        ("old.txt", ["Vårdplatser i länet.", "Vårdplatser saknas och vårdplatser stängs, vårdplatser behövs."]),
        ("new.txt", ["Fler vårdplatser öppnar i vår, meddelar regionen i ett pressmeddelande om sjukhusets framtid och ekonomi."]),
        ("middle.txt", ["Vårdplatser och personal."]),
        ("undated.txt", ["Vårdplatser, vårdplatser, vårdplatser."]),
        ("metadata.json", ["""
            { "old.txt": { "date": "2019-05-01" }, "new.txt": { "date": "2024-02-01" }, "middle.txt": { "date": "2021-09-30" } }
            """]));

    [Fact]
    public void Newest_first_then_best_within_a_date_and_undated_last()
    {
        var searcher = new ParagraphSearcher(texts.Index);

        var hits = searcher.Search(new SearchRequest("vårdplatser") { Order = SearchOrder.Newest }).Hits;

        Assert.Equal(["2024-02-01", "2021-09-30", "2019-05-01", "2019-05-01", null], hits.Select(h => h.Date));
        Assert.True(hits[2].Score >= hits[3].Score);
        Assert.StartsWith("Vårdplatser, vårdplatser", hits[^1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_order_changes_neither_the_matches_nor_their_counts()
    {
        var searcher = new ParagraphSearcher(texts.Index);

        var best = searcher.Search(new SearchRequest("vårdplatser"));
        var newest = searcher.Search(new SearchRequest("vårdplatser") { Order = SearchOrder.Newest });

        Assert.NotEqual(best.Hits.Select(h => h.Id), newest.Hits.Select(h => h.Id));
        Assert.Equal(best.Hits.Select(h => h.Id).Order(), newest.Hits.Select(h => h.Id).Order());
        Assert.Equal(best.Total, newest.Total);
        Assert.Equal(best.Facets["year"].Select(v => (v.Value, v.Count)), newest.Facets["year"].Select(v => (v.Value, v.Count)));
    }

    [Fact]
    public void Pages_continue_in_the_same_order()
    {
        var searcher = new ParagraphSearcher(texts.Index);

        var all = searcher.Search(new SearchRequest("vårdplatser", PageSize: 5) { Order = SearchOrder.Newest }).Hits;
        var second = searcher.Search(new SearchRequest("vårdplatser", Page: 2, PageSize: 2) { Order = SearchOrder.Newest }).Hits;

        Assert.Equal(all.Skip(2).Take(2).Select(h => h.Id), second.Select(h => h.Id));
    }

    public void Dispose() => texts.Dispose();
}
