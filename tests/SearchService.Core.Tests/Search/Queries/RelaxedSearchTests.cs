using SearchService.Core.Search;
using SearchService.Core.Search.Scoring;

namespace SearchService.Core.Tests.Search.Queries;

// Words side by side degrade to "some of them" when few paragraphs have all (Ranking.RelaxBelow),
// on the real seed index.
public class RelaxedSearchTests(SeedIndexFixture seeds) : IClassFixture<SeedIndexFixture>
{
    private SearchResult Search(string query) => seeds.Searcher.Search(new SearchRequest(query, PageSize: 100));

    private static bool Has(SearchHit hit, string word) => hit.Text.Contains(word, StringComparison.OrdinalIgnoreCase);

    [Fact]
    public void A_word_found_nowhere_does_not_empty_the_page()
    {
        var alone = Search("vårdplatser");
        var result = Search("vårdplatser giraffhage");
        Assert.Equal(0, result.AllWordsTotal);
        Assert.Equal(alone.Total, result.Total);
        Assert.Equal(alone.Hits.Select(h => h.Id).ToHashSet(), result.Hits.Select(h => h.Id).ToHashSet());
    }

    [Fact]
    public void Paragraphs_with_all_the_words_rank_before_those_with_some()
    {
        var result = Search("tolk helikopter");
        Assert.True(result.Total > 0);
        Assert.NotNull(result.AllWordsTotal);
        var both = result.Hits.Take(result.AllWordsTotal!.Value);
        Assert.All(both, h => Assert.True(Has(h, "tolk") && Has(h, "helikopter")));
        Assert.Contains(result.Hits, h => Has(h, "tolk") != Has(h, "helikopter"));
    }

    [Fact]
    public void With_enough_paragraphs_having_all_words_nothing_is_relaxed()
    {
        var result = Search("vården personal");
        Assert.True(result.Total >= Ranking.RelaxBelow);
        Assert.Null(result.AllWordsTotal);
        Assert.All(result.Hits, h => Assert.Contains(h.Marks, m => h.Text[m.Start..m.End].StartsWith("personal", StringComparison.OrdinalIgnoreCase)));
    }

    [Theory]
    [InlineData("vårdplatser OCH giraffhage")]
    [InlineData("vårdplatser AND giraffhage")]
    public void Words_joined_by_och_stay_required(string query) => Assert.Equal(0, Search(query).Total);

    [Fact]
    public void Phrases_stay_required_and_exclusions_excluded()
    {
        var phraseAlone = Search("\"våld i nära relationer\"");
        var phrase = Search("\"våld i nära relationer\" giraffhage");
        Assert.NotEmpty(phrase.Hits);
        Assert.Equal(phraseAlone.Hits.Select(h => h.Id).ToHashSet(), phrase.Hits.Select(h => h.Id).ToHashSet());
        var excluded = Search("vårdplatser giraffhage -korridorvård");
        Assert.NotEmpty(excluded.Hits);
        Assert.DoesNotContain(excluded.Hits, h => Has(h, "korridorvård"));
    }
}
