using SearchService.Core.Search.Queries;

namespace SearchService.Core.Tests.Search.Queries;

// Finding 1 of issue 13: rare made-up words each built Levenshtein automata and walked the term
// dictionary, twice (typo clause and "did you mean"), with no limit on their length or number.
public class NeighbourBudgetTests(SeedIndexFixture seeds) : IClassFixture<SeedIndexFixture>
{
    [Fact]
    public void Thirty_two_rare_words_get_near_spellings_looked_up_for_only_a_few()
    {
        var random = new Random(13);
        var words = Enumerable.Range(0, 32).Select(_ => MadeUpWord(random, 14)).ToList();

        var (built, suggestion) = Search(string.Join(' ', words));

        Assert.Equal(32, built.Highlight.RareWords.Count);
        Assert.Equal(NeighbourBudget.MaxLookups, built.Budget.Lookups);
        Assert.True(built.Budget.Refused >= 32 * 2 - NeighbourBudget.MaxLookups, $"refused {built.Budget.Refused}");
        Assert.InRange(built.Budget.TermsVisited, 0, NeighbourBudget.MaxTermsVisited);
        Assert.Null(suggestion);
    }

    [Fact]
    public void Thirty_two_rare_words_with_vowels_get_other_diacritics_looked_up_for_only_some()
    {
        var random = new Random(13);
        var words = Enumerable.Range(0, 32).Select(_ => "a" + MadeUpWord(random, 13)).ToList();

        var (built, _) = Search(string.Join(' ', words));

        // Each rare word asks for four (base forms, written words, parts, and the suggestion's words); a
        // request gets fewer.
        Assert.Equal(32 * 4 - NeighbourBudget.MaxRestorations, built.Budget.RefusedRestorations);
    }

    [Fact]
    public void A_word_longer_than_the_budget_allows_is_not_looked_up()
    {
        var (built, _) = Search(MadeUpWord(new Random(1), NeighbourBudget.MaxWordLength + 1));

        // Refused for its written form, then its base form, and for the suggestion.
        Assert.Equal(0, built.Budget.Lookups);
        Assert.Equal(3, built.Budget.Refused);
        Assert.Empty(built.Highlight.FuzzyTerms);
    }

    [Fact]
    public void A_misspelt_word_within_the_budget_still_gets_its_near_spellings_and_a_suggestion()
    {
        var (built, suggestion) = Search("vårdplaster");

        Assert.NotEmpty(built.Highlight.FuzzyTerms);
        Assert.Equal("vårdplatser", suggestion);
        Assert.Equal(0, built.Budget.Refused);
    }

    [Fact]
    public void Lookups_stop_when_the_terms_budget_is_spent()
    {
        var budget = new NeighbourBudget();
        var visits = 0;
        while (budget.TryVisit())
        {
            visits++;
        }

        Assert.Equal(NeighbourBudget.MaxTermsVisited, visits);
        Assert.False(budget.TryStart("vårdplaster"));
    }

    private (LuceneQueryBuilder.BuiltQuery Built, string? Suggestion) Search(string query)
    {
        using var lease = seeds.Index.Acquire();
        var reader = lease.Searcher.IndexReader;
        var built = new LuceneQueryBuilder(seeds.Index.Analysis).Build(UserQueryParser.Parse(query)!, reader);
        return (built, SpellingSuggester.Suggest(reader, query, built.Highlight.RareWords, built.Budget));
    }

    // Consonants only, so no word of the index is within two edits of it.
    private static string MadeUpWord(Random random, int length) =>
        new(Enumerable.Range(0, length).Select(_ => "bcdfghjklmnpqrstvwxz"[random.Next(20)]).ToArray());
}
