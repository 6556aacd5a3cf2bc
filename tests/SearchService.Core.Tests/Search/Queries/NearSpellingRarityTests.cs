using SearchService.Core.Search;
using SearchService.Core.Search.Scoring;

namespace SearchService.Core.Tests.Search.Queries;

// How a misspelt word's near spellings rank: they share the rarity of the most common of them
// (Ranking.BlendedRarity), so the corpus's own misspelling of a word does not outrank the word for being rarer;
// only the nearest are searched, so a spelling two edits away neither outranks one a single edit away nor adds
// its matches to the total (Meilisearch's and Algolia's "fewer typos first"); and a near
// spelling's compound parts weigh as the word's own do, so compounds do not outrank the word itself.
public sealed class NearSpellingRarityTests : IDisposable
{
    private readonly IndexOfTexts texts;

    public NearSpellingRarityTests()
    {
        // Twenty paragraphs with the word, and a shorter one with the corpus's misspelling of it, two edits from the
        // typo searched below (the word is one edit from it).
        var spelt = Enumerable.Range(1, 20)
            .Select(i => $"Fråga nummer {i} till arbetsmarknadsministern gäller hur jobben i länet ska kunna bli fler under året.");
        // "gruppers" (the common "grupp") is two edits from the typo "grupparas", "grupperas" one.
        var groups = Enumerable.Range(1, 20).Select(i => $"Gruppers villkor i län {i}.");
        // "förtroende" whole in more paragraphs than Ranking.WholeWordParagraphs, in longer ones than its compounds'.
        var trust = Enumerable.Range(1, Ranking.WholeWordParagraphs + 5)
            .Select(i => $"Undersökning nummer {i} visar att allmänhetens förtroende för myndigheterna i regionen har minskat under de senaste åren.");
        // Its compounds in paragraphs as long, each with other compounds, as a paragraph's parts field is in real text.
        var compounds = new[] { "förtroendekrisen", "politikerförtroendet bland unga", "självförtroendet hos eleverna" }.Select((c, i) =>
            $"Undersökning nummer {i} visar att {c} i regionen har minskat enligt forskningsrapporter, medborgarundersökningar, regeringsuppdrag, kommunalråd och landstingsråd.");
        texts = new IndexOfTexts(
            ("spelt.txt", spelt),
            ("misspelt.txt", ["Min fråga till arbetsmarkandsministern blir därför kort."]),
            ("groups.txt", groups),
            ("grouped.txt", ["Uppgifterna grupperas efter län och år, vilket gör jämförelser mellan regionerna möjliga över tid."]),
            ("trust.txt", trust),
            ("compounds.txt", compounds.ToArray()));
    }

    [Fact]
    public void A_typo_finds_the_word_and_not_a_rarer_spelling_further_away()
    {
        var hits = Search("arbetsmarknadsminstern", 30);

        Assert.Equal(20, hits.Count);
        Assert.All(hits, h => Assert.Contains("arbetsmarknadsministern", h.Text, StringComparison.Ordinal));
        Assert.All(hits, h => Assert.NotEmpty(h.Marks));
    }

    [Fact]
    public void Only_the_nearest_spellings_are_searched()
    {
        var hits = Search("grupparas", 30);

        var hit = Assert.Single(hits);
        Assert.Contains("grupperas", hit.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_near_spelling_found_whole_in_many_paragraphs_ranks_them_above_its_compounds()
    {
        var hits = Search("förtreonde", 50);

        Assert.Equal(Ranking.WholeWordParagraphs + 5 + 3, hits.Count);
        Assert.All(hits.Take(10), h => Assert.Contains(" förtroende ", h.Text, StringComparison.Ordinal));
    }

    [Fact]
    public void The_most_common_near_spelling_keeps_its_rarity_and_rarer_ones_get_it()
    {
        Assert.Equal(1f, Ranking.BlendedRarity(500, 500, 100_000));
        Assert.Equal(1f, Ranking.BlendedRarity(800, 500, 100_000));
        Assert.True(Ranking.BlendedRarity(1, 500, 100_000) < Ranking.BlendedRarity(100, 500, 100_000));
        Assert.True(Ranking.BlendedRarity(1, 500, 100_000) < 0.5f);
    }

    private IReadOnlyList<SearchHit> Search(string query, int pageSize) =>
        new ParagraphSearcher(texts.Index).Search(new SearchRequest(query, PageSize: pageSize)).Hits;

    public void Dispose() => texts.Dispose();
}
