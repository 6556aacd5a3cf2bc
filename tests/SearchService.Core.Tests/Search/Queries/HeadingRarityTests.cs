using SearchService.Core.Search;
using SearchService.Core.Search.Scoring;

namespace SearchService.Core.Tests.Search.Queries;

// A heading field scores a word no rarer than the paragraph text does (Ranking.HeadingRarity): a word common in
// paragraphs and found in one document's title ranked that document's paragraphs, which did not hold it, first.
public sealed class HeadingRarityTests : IDisposable
{
    private readonly IndexOfTexts texts;

    public HeadingRarityTests()
    {
        var common = Enumerable.Range(1, 40)
            .Select(i => $"Stödet i kommun {i} är inte tillräckligt för att täcka de kostnader som kommunen har för sin verksamhet.");
        // A document titled with the word, none of whose paragraphs holds it.
        var underTitle = Enumerable.Range(1, 12).Select(i => $"Skyddsrummen i stad {i} behöver rustas upp.").Prepend("Tillräckligt skydd");
        texts = new IndexOfTexts(("common.txt", common), ("shelters.txt", underTitle));
    }

    [Fact]
    public void Paragraphs_holding_a_common_word_rank_above_those_only_titled_with_it()
    {
        var hits = new ParagraphSearcher(texts.Index).Search(new SearchRequest("tillräcklig", PageSize: 60)).Hits;

        Assert.Equal(52, hits.Count);
        Assert.All(hits.Take(40), h => Assert.NotEmpty(h.Marks));
        Assert.All(hits.Skip(40), h => Assert.Empty(h.Marks));
    }

    [Fact]
    public void A_heading_keeps_its_own_rarity_when_it_is_the_commoner_field()
    {
        Assert.Equal(1f, Ranking.HeadingRarity(50, 10, 1_000));
        Assert.Equal(1f, Ranking.HeadingRarity(0, 10, 1_000));
        Assert.True(Ranking.HeadingRarity(10, 500, 1_000) < 0.5f);
    }

    public void Dispose() => texts.Dispose();
}
