using SearchService.Core.Search;

namespace SearchService.Core.Tests.Search;

public class MatchListingTests(SeedIndexFixture seeds) : IClassFixture<SeedIndexFixture>
{
    [Theory]
    [InlineData("vård", null)]
    [InlineData("region", "Skåne")]
    [InlineData("vårdplatser personal", null)]
    public void Every_match_is_listed_by_document_and_paragraph_and_pages_resumed_by_cursor_list_the_same_rows(string query, string? region)
    {
        var listing = new MatchListing(seeds.Index);
        var request = new SearchRequest(query, Region: region);

        var all = listing.All(request).ToList();
        var paged = new List<MatchRow>();
        MatchCursor? after = null;
        MatchPage page;
        do
        {
            page = listing.Page(request, after, 7, corpus: null, relax: null);
            paged.AddRange(page.Rows);
            after = page.Rows.Count > 0 ? new MatchCursor(page.Rows[^1].DocumentId, page.Rows[^1].Paragraph) : after;
        }
        while (page.More);

        Assert.True(all.Count > 14, $"{query}: {all.Count} matches, too few for three pages");
        Assert.Equal(all.OrderBy(r => r.DocumentId, StringComparer.Ordinal).ThenBy(r => r.Paragraph), all);
        Assert.Equal(all, paged);
        Assert.Equal(all.Count, listing.Page(request, null, 7, corpus: null, relax: null).Total);
    }
}
