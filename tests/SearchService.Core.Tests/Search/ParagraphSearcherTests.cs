using SearchService.Core.Search;
using SearchService.Core.Search.Documents;
using SearchService.Core.Search.Queries;

namespace SearchService.Core.Tests.Search;

public class ParagraphSearcherTests(SeedIndexFixture seeds) : IClassFixture<SeedIndexFixture>
{
    private SearchResult Search(string query, string? region = null, int page = 1, int pageSize = 10) =>
        seeds.Searcher.Search(new SearchRequest(query, region, page, pageSize));

    [Fact]
    public void Vårdplatser_finds_paragraphs_from_Skåne_and_Västernorrland()
    {
        var result = Search("vårdplatser", pageSize: 100);
        Assert.Contains(result.Hits, h => h.Region == "Skåne");
        Assert.Contains(result.Hits, h => h.Region == "Västernorrland");
        // Every hit with a form of the word is marked; one found only by "vård" and "plats" far apart in
        // other words ("arbetsplats … vårdtagare") has nothing to mark (issue 15: a mark is a match).
        Assert.All(result.Hits.Where(h => h.Text.Contains("vårdplats", StringComparison.OrdinalIgnoreCase)), h => Assert.Contains("<mark>", h.Highlight, StringComparison.Ordinal));
        Assert.Equal(result.Total, result.Hits.Count);
    }

    [Fact]
    public void Hits_are_ranked_best_first()
    {
        var scores = Search("vårdplatser").Hits.Select(h => h.Score).ToList();
        Assert.Equal(scores.OrderDescending(), scores);
    }

    [Fact]
    public void A_region_filter_narrows_hits_but_facets_still_count_every_region()
    {
        var all = Search("vårdplatser");
        var skåne = Search("vårdplatser", region: "Skåne", pageSize: 100);
        Assert.All(skåne.Hits, h => Assert.Equal("Skåne", h.Region));
        Assert.True(skåne.Total < all.Total);
        var facet = skåne.Facets[ParagraphSearcher.RegionFacet];
        Assert.Equal(skåne.Total, facet.Single(f => f.Value == "Skåne").Count);
        Assert.Equal(all.Facets[ParagraphSearcher.RegionFacet], facet);
    }

    [Fact]
    public void A_region_without_documents_finds_nothing_but_keeps_the_other_regions_facets()
    {
        var gotland = Search("vårdplatser", region: "Gotland");
        Assert.Equal(0, gotland.Total);
        Assert.Empty(gotland.Hits);
        Assert.Equal(Search("vårdplatser").Facets[ParagraphSearcher.RegionFacet], gotland.Facets[ParagraphSearcher.RegionFacet]);
    }

    [Fact]
    public void Pages_do_not_overlap_and_add_up()
    {
        var first = Search("vård", pageSize: 5);
        var second = Search("vård", page: 2, pageSize: 5);
        Assert.Equal(5, first.Hits.Count);
        Assert.Empty(first.Hits.Select(h => h.Id).Intersect(second.Hits.Select(h => h.Id)));
        Assert.Equal(first.Total, second.Total);
    }

    [Fact]
    public void A_phrase_matches_the_words_in_order()
    {
        var result = Search("\"våld i nära relationer\"", pageSize: 100);
        Assert.NotEmpty(result.Hits);
        Assert.All(result.Hits, h => Assert.Matches("(?i)våld i nära relation", h.Text + " " + h.Section + " " + h.Title));
    }

    [Fact]
    public void Excluded_words_remove_paragraphs()
    {
        var with = Search("vårdplatser", pageSize: 100);
        var without = Search("vårdplatser -skåne", pageSize: 100);
        Assert.True(without.Total < with.Total);
        Assert.DoesNotContain(without.Hits, h => h.Text.Contains("Skåne", StringComparison.Ordinal));
    }

    [Fact]
    public void Or_finds_either_word()
    {
        var tolk = Search("tolk").Total;
        var korridorvård = Search("korridorvård").Total;
        Assert.InRange(Search("tolk OR korridorvård").Total, Math.Max(tolk, korridorvård) + 1, tolk + korridorvård);
    }

    [Fact]
    public void Only_stop_words_cannot_be_searched() =>
        Assert.Throws<QueryBuildException>(() => Search("och att det"));

    [Fact]
    public void A_document_reads_back_in_paragraph_order()
    {
        var document = new DocumentLookup(seeds.Index).Find("001_e211e22770c08a41");
        Assert.NotNull(document);
        Assert.Equal("Värmland", document.Region);
        Assert.Equal(Enumerable.Range(1, document.Paragraphs.Count), document.Paragraphs.Select(p => p.Paragraph));
        Assert.Null(new DocumentLookup(seeds.Index).Find("no-such-document"));
    }

    [Fact]
    public void Statistics_count_documents_and_paragraphs()
    {
        var statistics = seeds.Index.Statistics();
        Assert.Equal(5, statistics.Documents);
        Assert.True(statistics.Paragraphs > 100);
        Assert.NotNull(statistics.LastCommit);
    }
}
