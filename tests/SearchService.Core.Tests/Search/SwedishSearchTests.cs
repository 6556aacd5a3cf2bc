using SearchService.Core.Highlighting;
using SearchService.Core.Search;

namespace SearchService.Core.Tests.Search;

// Behaviour of the Swedish analysis end to end, on the real seed index.
public class SwedishSearchTests(SeedIndexFixture seeds) : IClassFixture<SeedIndexFixture>
{
    private SearchResult Search(string query, int pageSize = 100, bool markParts = false) =>
        seeds.Searcher.Search(new SearchRequest(query, PageSize: pageSize, MarkParts: markParts));

    private static IEnumerable<string> Marked(SearchHit hit, string kind) =>
        hit.Marks.Where(m => m.Kind == kind).Select(m => hit.Text[m.Start..m.End]);

    [Fact]
    public void The_singular_finds_the_plural()
    {
        var result = Search("vårdplats");
        Assert.Contains(result.Hits, h => Marked(h, MarkKinds.Stem).Contains("vårdplatser"));
    }

    [Fact]
    public void A_word_finds_compounds_ending_or_starting_with_it_and_marks_just_the_part()
    {
        var hits = Search("vårdplatser").Hits;
        var compound = hits.First(h => h.Text.Contains("vårdplatsläget", StringComparison.Ordinal));
        Assert.Contains("vårdplats", Marked(compound, MarkKinds.Compound));
        Assert.Contains("<mark>vårdplatsläget</mark>", compound.Highlight, StringComparison.Ordinal);
        Assert.Contains(Search("brist").Hits, h => Marked(h, MarkKinds.Compound).Contains("brist") && h.Text.Contains("vårdplatsbrist", StringComparison.Ordinal));
    }

    [Fact]
    public void Highlight_part_marks_only_the_matched_part()
    {
        var hit = Search("vårdplatser", markParts: true).Hits.First(h => h.Text.Contains("vårdplatsläget", StringComparison.Ordinal));
        Assert.Contains("<mark>vårdplats</mark>läget", hit.Highlight, StringComparison.Ordinal);
    }

    [Fact]
    public void A_list_item_repeating_a_sentence_ranks_below_the_paragraph_it_repeats_and_is_still_found()
    {
        // Västernorrland's programme closes with a list of proposals, one of which repeats a sentence of its body.
        const string Item = "Antalet geriatriska vårdplatser vid alla tre sjukhusen ska ökas.";
        var hits = Search("geriatriska vårdplatser").Hits;
        Assert.Contains(Item, hits[0].Text, StringComparison.Ordinal);
        Assert.NotEqual(Item, hits[0].Text);
        Assert.Contains(hits, h => h.Text == Item);
    }

    [Fact]
    public void A_whole_word_match_ranks_above_a_part_match()
    {
        var hits = Search("personalbrist").Hits.ToList();
        var firstPartOnly = hits.FindIndex(h => h.Marks.Count > 0 && h.Marks.All(m => m.Kind is MarkKinds.Compound or MarkKinds.Part));
        var lastWhole = hits.FindLastIndex(h => h.Marks.Any(m => m.Kind is MarkKinds.Exact or MarkKinds.Stem));
        Assert.True(firstPartOnly >= 0 && lastWhole >= 0);
        Assert.True(firstPartOnly > lastWhole, $"part-only hit at {firstPartOnly}, whole-word hit at {lastWhole}");
    }

    [Theory]
    [InlineData("omställningen", "omställning")]
    [InlineData("väntetiderna", "väntetid")]
    public void An_inflected_form_as_typed_ranks_first_among_the_forms_of_its_word(string typed, string baseForm)
    {
        var hits = Search(typed, pageSize: 20).Hits;
        Assert.Contains(typed, Marked(hits[0], MarkKinds.Exact));
        Assert.Contains(hits.Skip(1), h => Marked(h, MarkKinds.Stem).Any(w => !w.Equals(typed, StringComparison.OrdinalIgnoreCase)));
        // The base form names the word, not a form of it: no form is preferred.
        Assert.Equal(Search(baseForm).Total, Search(typed).Total);
    }

    // "regionerna" is in 2 paragraphs, "region" in some 250 in one form or another: with a bonus for the
    // form as typed that ignored how much rarer it is than its word, neither of the two reached the first ten.
    [Theory]
    [InlineData("regionerna")]
    [InlineData("patienternas")]
    [InlineData("kommunernas")]
    public void A_rare_form_of_a_common_word_ranks_the_paragraphs_with_that_form_first(string typed)
    {
        var hits = Search(typed, pageSize: 100).Hits;
        var withForm = hits.Count(h => Marked(h, MarkKinds.Exact).Contains(typed, StringComparer.OrdinalIgnoreCase));
        Assert.InRange(withForm, 1, 5);
        Assert.All(hits.Take(withForm), h => Assert.Contains(typed, Marked(h, MarkKinds.Exact), StringComparer.OrdinalIgnoreCase));
        Assert.True(hits.Count > 10 * withForm, "the other forms of the word are found too");
    }

    [Fact]
    public void The_parts_of_a_compound_written_apart_count_only_near_each_other()
    {
        // "En arbetsplats … för medborgare och vårdtagare": plats and vård, far apart and in other compounds.
        var hits = Search("vårdplatser").Hits;
        Assert.DoesNotContain(hits, h => h.Text.StartsWith("En arbetsplats som också speglar mångfalden", StringComparison.Ordinal));
        Assert.Contains(Search("personalbrist").Hits, h => h.Text.Contains("brist på personal", StringComparison.Ordinal));
    }

    // The dictionary lists "långa" as a word of its own (a fish) and "trygga" as a verb, so their base forms are not
    // "lång" and "trygg"; search adds the other reading, marked as another form of the word.
    [Theory]
    [InlineData("lång vårdkö", "långa")]
    [InlineData("trygg miljö", "trygga")]
    [InlineData("kort beslutsväg", "korta")]
    public void An_adjective_finds_its_forms_the_dictionary_reads_as_another_word(string query, string form)
    {
        var hits = Search(query).Hits;
        Assert.Contains(hits, h => Marked(h, MarkKinds.Stem).Contains(form, StringComparer.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("personal brist", "personalbrist")]
    [InlineData("vårdplats brist", "vårdplatsbrist")]
    [InlineData("lön satsning", "lönesatsning")]
    [InlineData("skatt medel", "skattemedel")]
    public void Two_words_the_index_has_written_together_find_the_compound_first(string query, string compound)
    {
        var hit = Search(query, pageSize: 10).Hits[0];
        Assert.Contains(hit.Marks, m => hit.Text[m.Start..m.End].StartsWith(compound, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void The_implied_word_of_a_hyphen_ellipsis_is_found_and_its_visible_fragment_marked()
    {
        var hit = Assert.Single(Search("vårdplatsbristen").Hits, h => h.Text.Contains("vårdplats- och personalbristen", StringComparison.Ordinal));
        Assert.Contains("vårdplats", Marked(hit, MarkKinds.Ellipsis));
        Assert.Contains(Search("hälsovård").Hits, h => Marked(h, MarkKinds.Ellipsis).Contains("hälso"));
    }

    [Fact]
    public void Words_typed_without_diacritics_find_the_same_paragraphs_marked_folded()
    {
        var typed = Search("vårdplatser", pageSize: 10).Hits.Select(h => h.Id).ToList();
        var folded = Search("vardplatser", pageSize: 10);
        Assert.Equal(typed[0], folded.Hits[0].Id);
        Assert.All(Marked(folded.Hits[0], MarkKinds.Folded).DefaultIfEmpty(""), word => Assert.StartsWith("vårdplats", word, StringComparison.OrdinalIgnoreCase));
        var noDiacritics = Search("overbelaggningar");
        Assert.NotEmpty(noDiacritics.Hits);
        Assert.Equal("överbeläggningar", noDiacritics.DidYouMean);
    }

    [Fact]
    public void A_common_word_typed_without_diacritics_ranks_it_whole_before_compounds_holding_it()
    {
        // "sjukvård" is whole in more than 30 seed paragraphs; "Sjukvårdspartiet yrkar:" is short, so its parts
        // field's norm is high, and at the full part weight it ranked first.
        var first = Search("sjukvard", pageSize: 10).Hits[0];
        Assert.Contains(Marked(first, MarkKinds.Folded), word => word.Equals("sjukvård", StringComparison.OrdinalIgnoreCase) || word.Equals("sjukvården", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void A_misspelt_word_finds_results_marked_fuzzy_and_suggests_the_index_word()
    {
        var result = Search("vårdplaster");
        Assert.NotEmpty(result.Hits);
        Assert.Contains(result.Hits, h => Marked(h, MarkKinds.Fuzzy).Any());
        Assert.Equal("vårdplatser", result.DidYouMean);
        Assert.Equal("överbeläggningar", Search("överbelägningar").DidYouMean);
    }

    [Fact]
    public void A_misspelt_stop_word_is_not_corrected_to_the_stop_word()
    {
        // "och" alone cannot be searched, so suggesting it would send the user to a refusal.
        var suggestion = Search("ochh").DidYouMean;
        Assert.NotEqual("och", suggestion);
        if (suggestion is not null)
        {
            Assert.NotEmpty(Search(suggestion).Hits);
        }
    }

    [Fact]
    public void A_correctly_spelt_query_gets_no_suggestion() =>
        Assert.Null(Search("vårdplatser").DidYouMean);

    [Fact]
    public void Swedish_operators_apply_to_the_whole_chain()
    {
        var all = Search("vårdplatser").Total;
        var without = Search("vårdplatser INTE korridorvård");
        Assert.InRange(without.Total, 1, all - 1);
        Assert.DoesNotContain(without.Hits, h => h.Text.Contains("korridorvård", StringComparison.OrdinalIgnoreCase));
        var either = Search("helikopter ELLER ambulansflyg").Total;
        Assert.True(either >= Search("helikopter").Total);
        // Some hits have personalbrist only as its modifier ("hyrpersonal"), which matches but is no
        // evidence to mark (issue 15): the text, not the marks, shows the word is required.
        Assert.All(Search("vårdplatser OCH personalbrist").Hits, h => Assert.Contains("personal", h.Text, StringComparison.OrdinalIgnoreCase));
    }
}
