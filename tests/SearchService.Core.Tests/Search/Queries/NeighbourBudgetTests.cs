using Lucene.Net.Index;
using SearchService.Core.Indexing;
using SearchService.Core.Search;
using SearchService.Core.Search.Queries;

namespace SearchService.Core.Tests.Search.Queries;

// Finding 1 of issue 13: rare made-up words each built Levenshtein automata and walked the term
// dictionary, twice (typo clause and "did you mean"), with no limit on their length or number.
public class NeighbourBudgetTests(SeedIndexFixture seeds) : IClassFixture<SeedIndexFixture>
{
    [Fact]
    public async Task Thirty_two_rare_words_get_near_spellings_looked_up_for_only_a_few()
    {
        // Words of the index found once: rare, and no run of letters rules their lookups out.
        var words = await RareIndexWords(32);

        var (built, _) = Search(string.Join(' ', words));

        Assert.Equal(32, built.Highlight.RareWords.Count);
        Assert.InRange(built.Budget.Lookups, 1, NeighbourBudget.MaxLookups);
        Assert.Equal(NeighbourBudget.MaxWords, built.Budget.Words);
        Assert.True(built.Budget.RefusedWords >= 32 - NeighbourBudget.MaxWords, $"refused {built.Budget.RefusedWords}");
        Assert.InRange(built.Budget.TermsVisited, 0, NeighbourBudget.MaxTermsVisited);
        Assert.True(built.Budget.Exhausted);
    }

    [Fact]
    public async Task Thirty_two_rare_words_get_other_diacritics_looked_up_for_only_the_first_few()
    {
        var words = await RareIndexWords(32);

        var (built, _) = Search(string.Join(' ', words));

        // Three lookups per word when building (base form, written form, parts) and one for its suggestion.
        Assert.InRange(built.Budget.Restorations, 1, NeighbourBudget.MaxWords * 4);
        Assert.Equal(0, built.Budget.RefusedRestorations);
        Assert.Equal(NeighbourBudget.MaxWords, built.Budget.Words);
    }

    [Fact]
    public async Task Made_up_words_are_looked_at_only_for_the_first_few_and_cost_no_lookup()
    {
        await RunsOfLettersRead();
        var random = new Random(13);
        var words = Enumerable.Range(0, 32).Select(_ => MadeUpWord(random, 14)).ToList();

        var (built, suggestion) = Search(string.Join(' ', words));

        // The first words' typo lookups (written form, base form) and suggestion are ruled out by runs of letters
        // no term has, before any automaton is built; the other words are not even checked.
        Assert.Equal(32, built.Highlight.RareWords.Count);
        Assert.Equal(NeighbourBudget.MaxWords, built.Budget.Words);
        Assert.Equal(0, built.Budget.Lookups);
        Assert.Equal(NeighbourBudget.MaxWords * 3, built.Budget.Skipped);
        Assert.Equal(NeighbourBudget.MaxJoins, built.Budget.Joins);
        Assert.Equal(built.Budget.Joins, built.Budget.WorkUnits);
        Assert.Null(suggestion);
    }

    [Fact]
    public async Task A_misspelt_word_among_the_first_words_of_a_query_gets_near_spellings_and_after_them_none()
    {
        // Rare words of the seeds, each asking for lookups, before or after the misspelt one.
        var rare = string.Join(' ', await RareIndexWords(NeighbourBudget.MaxWords));

        var (first, _) = Search("vårdplaster " + rare);
        var (last, _) = Search(rare + " vårdplaster");

        Assert.NotEmpty(first.Highlight.FuzzyTerms);
        Assert.Empty(last.Highlight.FuzzyTerms);
        Assert.True(last.Budget.RefusedWords > 0);
    }

    [Fact]
    public void Words_side_by_side_are_tried_as_compounds_only_for_the_first_pairs()
    {
        var random = new Random(5);

        var (built, _) = Search(string.Join(' ', Enumerable.Range(0, 20).Select(_ => MadeUpWord(random, 8))));

        Assert.Equal(NeighbourBudget.MaxJoins, built.Budget.Joins);
        Assert.True(built.Budget.RefusedJoins > 0);
        Assert.True(built.Budget.Exhausted);
    }

    [Fact]
    public void A_short_query_is_expanded_as_before()
    {
        var (built, _) = Search("asyl prövning vårdplaster");

        Assert.Equal(0, built.Budget.RefusedWords + built.Budget.RefusedJoins);
    }

    [Fact]
    public async Task A_long_made_up_word_is_not_looked_up()
    {
        await RunsOfLettersRead();
        var (built, _) = Search("kommunal" + MadeUpWord(new Random(1), NeighbourBudget.MaxWordLength - 7));

        // Ruled out by its runs of letters for its written form, then its base form, and for the suggestion.
        Assert.Equal(0, built.Budget.Lookups);
        Assert.Equal(3, built.Budget.Refused + built.Budget.Skipped);
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

    [Fact]
    public void The_work_spent_is_added_to_the_request_meter()
    {
        var meter = new WorkMeter();
        WorkMeter.Current = meter;
        try
        {
            var (built, _) = Search("vårdplaster");

            Assert.True(built.Budget.Lookups > 0);
            Assert.Equal(built.Budget.WorkUnits, meter.Units);
            Assert.True(meter.Units >= NeighbourBudget.LookupUnits);
        }
        finally
        {
            WorkMeter.Current = null;
        }
    }

    private (LuceneQueryBuilder.BuiltQuery Built, string? Suggestion) Search(string query)
    {
        using var lease = seeds.Index.Acquire();
        var reader = lease.Searcher.IndexReader;
        var built = new LuceneQueryBuilder(seeds.Index.Analysis).Build(UserQueryParser.Parse(query)!, reader);
        return (built, SpellingSuggester.Suggest(reader, query, built.Highlight.RareWords, built.Budget));
    }

    private async Task RunsOfLettersRead()
    {
        using var lease = seeds.Index.Acquire();
        foreach (var field in new[] { ParagraphFields.Text, ParagraphFields.TextWords, ParagraphFields.TextParts })
        {
            await VocabularyGrams.Ready(lease.Searcher.IndexReader, field);
        }
    }

    // Written words of the seeds found in one paragraph, long enough for two edits, with an a (so
    // other-diacritics spellings are looked up) and analysed to a term no more frequent.
    private async Task<List<string>> RareIndexWords(int count)
    {
        await RunsOfLettersRead();
        using var lease = seeds.Index.Acquire();
        var reader = lease.Searcher.IndexReader;
        var words = new List<string>();
        var terms = MultiFields.GetTerms(reader, ParagraphFields.TextWords).GetEnumerator();
        while (words.Count < count && terms.MoveNext())
        {
            var word = terms.Term.Utf8ToString();
            if (terms.DocFreq == 1 && word.Length >= 10 && word.Contains('a') && word.All(char.IsLetter)
                && SearchService.Core.Analysis.TokenReader.Read(seeds.Index.Analysis.Analyzer, ParagraphFields.Text, word) is [var token]
                && reader.DocFreq(new Term(ParagraphFields.Text, token.Term)) + reader.DocFreq(new Term(ParagraphFields.TextParts, token.Term)) <= SearchService.Core.Search.Scoring.Ranking.RareDocumentFrequency)
            {
                words.Add(word);
            }
        }
        Assert.Equal(count, words.Count);
        return words;
    }

    // Consonants only, so no word of the index is within two edits of it.
    private static string MadeUpWord(Random random, int length) =>
        new(Enumerable.Range(0, length).Select(_ => "bcdfghjklmnpqrstvwxz"[random.Next(20)]).ToArray());
}
