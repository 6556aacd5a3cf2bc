using SearchService.Core.Indexing;
using SearchService.Core.Search;
using SearchService.Core.Search.Scoring;
using SearchService.Tests;

namespace SearchService.Core.Tests.Search.Queries;

// A word that is common as typed gets neither the folded nor the split clause; a rarer one gets both.
public sealed class CommonWordClausesTests : IDisposable
{
    private readonly IndexOfTexts texts;
    private readonly ParagraphIndex index;

    public CommonWordClausesTests()
    {
        var common = Enumerable.Range(1, Ranking.CommonDocumentFrequency)
            .Select(i => $"Sjukvården i område {i} behöver fler medarbetare.");
        string[] others =
        [
            "Övrigt om vården",
            "Den som är sjuk ska få god vård nära hemmet.",
            "Sjukvarden i omrade noll skrivs utan prickar.",
            "Vardplatsbristen ar storst i norr.",
            "Vårdplatsbristen är störst på vintern.",
            "Det råder brist på vårdplatser i norr.",
            "Vardplatsbristen skrevs här utan ring.",
        ];
        texts = new IndexOfTexts(("common.txt", common), ("others.txt", others));
        index = texts.Index;
    }

    [Fact]
    public void A_common_word_finds_only_its_own_forms_and_parts()
    {
        var result = new ParagraphSearcher(index).Search(new SearchRequest("sjukvården", PageSize: 100, Page: 11));

        Assert.Equal(Ranking.CommonDocumentFrequency, result.Total);
        Assert.DoesNotContain(result.Hits, h => h.Text.StartsWith("Den som är sjuk", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Hits, h => h.Text.StartsWith("Sjukvarden", StringComparison.Ordinal));
    }

    [Fact]
    public void A_phrase_of_common_words_finds_only_its_own_spelling_and_a_rarer_one_also_without_diacritics()
    {
        var searcher = new ParagraphSearcher(index);

        var common = searcher.Search(new SearchRequest("\"sjukvården i område\"", PageSize: 100, Page: 11));
        Assert.Equal(Ranking.CommonDocumentFrequency, common.Total);
        Assert.DoesNotContain(common.Hits, h => h.Text.StartsWith("Sjukvarden", StringComparison.Ordinal));

        var rarer = searcher.Search(new SearchRequest("\"vårdplatsbristen är störst\"")).Hits.Select(h => h.Text).ToList();
        Assert.Equal(["Vårdplatsbristen är störst på vintern.", "Vardplatsbristen ar storst i norr."], rarer);
    }

    [Fact]
    public void A_rarer_compound_also_finds_its_parts_as_words_and_its_spelling_without_diacritics()
    {
        var texts = new ParagraphSearcher(index).Search(new SearchRequest("vårdplatsbristen")).Hits.Select(h => h.Text).ToList();

        Assert.Equal("Vårdplatsbristen är störst på vintern.", texts[0]);
        Assert.Contains("Det råder brist på vårdplatser i norr.", texts);
        Assert.Contains("Vardplatsbristen skrevs här utan ring.", texts);
    }

    public void Dispose() => texts.Dispose();
}
