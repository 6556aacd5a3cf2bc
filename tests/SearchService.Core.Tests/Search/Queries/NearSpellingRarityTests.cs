using SearchService.Core.Search;
using SearchService.Core.Search.Scoring;

namespace SearchService.Core.Tests.Search.Queries;

// A misspelt word's near spellings share the rarity of the most common of them (Ranking.BlendedRarity):
// the corpus's own misspelling of a word must not outrank the word because it is rarer.
public sealed class NearSpellingRarityTests : IDisposable
{
    private readonly IndexOfTexts texts;

    public NearSpellingRarityTests()
    {
        // Twenty paragraphs with the word, each longer than the one with the corpus's misspelling of it.
        var spelt = Enumerable.Range(1, 20)
            .Select(i => $"Fråga nummer {i} till arbetsmarknadsministern gäller hur jobben i länet ska kunna bli fler under året.");
        texts = new IndexOfTexts(("spelt.txt", spelt), ("misspelt.txt", ["Min fråga till arbetsmarkandsministern blir därför kort."]));
    }

    [Fact]
    public void A_typo_finds_the_common_spelling_first_and_the_corpus_misspelling_after_it()
    {
        var hits = new ParagraphSearcher(texts.Index).Search(new SearchRequest("arbetsmarknadsminstern", PageSize: 30)).Hits;

        Assert.Equal(21, hits.Count);
        Assert.Contains("arbetsmarknadsministern", hits[0].Text, StringComparison.Ordinal);
        Assert.Contains("arbetsmarkandsministern", hits[^1].Text, StringComparison.Ordinal);
        Assert.All(hits, h => Assert.NotEmpty(h.Marks));
    }

    [Fact]
    public void The_most_common_near_spelling_keeps_its_rarity_and_rarer_ones_get_it()
    {
        Assert.Equal(1f, Ranking.BlendedRarity(500, 500, 100_000));
        Assert.Equal(1f, Ranking.BlendedRarity(800, 500, 100_000));
        Assert.True(Ranking.BlendedRarity(1, 500, 100_000) < Ranking.BlendedRarity(100, 500, 100_000));
        Assert.True(Ranking.BlendedRarity(1, 500, 100_000) < 0.5f);
    }

    public void Dispose() => texts.Dispose();
}
