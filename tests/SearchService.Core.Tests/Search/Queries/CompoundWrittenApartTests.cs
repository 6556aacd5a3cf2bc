using SearchService.Core.Search;
using SearchService.Core.Search.Queries;

namespace SearchService.Core.Tests.Search.Queries;

// A compound's parts typed apart, side by side or joined by a hyphen, also find the compound written closed
// (LuceneQueryBuilder.JoinAdjacent and Words, SwedishWordClauses.Joined, with the modifier's commonest linking
// form), and the closed compound finds them.
public sealed class CompoundWrittenApartTests : IDisposable
{
    private const string Closed = "Skälen för Natomedlemskap har förstärkts.";
    private const string Hyphenated = "Ett Nato-medlemskap kräver beslut i riksdagen.";
    private const string FarApart = "Nato kräver att medlemskap i alliansen prövas noga av varje land.";

    private readonly IndexOfTexts texts = new(
        ("nato.txt", [Closed, Hyphenated, FarApart]),
        // "arbete" links as "arbets-"; the corpus's own "utbildningministern" beside five "utbildningsministern".
        ("work.txt", ["Arbetsplatsen ska vara trygg.", "Ett arbete på plats i kommunen.", "Utbildningministern svarade kort."]),
        ("minister.txt", Enumerable.Range(1, 5).Select(i => $"Utbildningsministern besökte skola {i}.")));

    [Fact]
    public void A_compound_typed_with_a_hyphen_finds_it_written_closed()
    {
        var hits = Texts("Nato-medlemskap");

        Assert.Equal(new[] { Closed, Hyphenated }.Order(StringComparer.Ordinal), hits.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Its_parts_side_by_side_find_it_written_closed_first()
    {
        var hits = Texts("nato medlemskap");

        Assert.Equal(3, hits.Count);
        Assert.NotEqual(FarApart, hits[0]);
        Assert.Contains(Closed, hits);
    }

    [Fact]
    public void A_modifier_that_drops_its_last_vowel_for_a_linking_s_finds_the_compound()
    {
        using var lease = texts.Index.Acquire();
        var clauses = new SwedishWordClauses(texts.Index.Analysis);

        Assert.Equal("arbetsplats", clauses.Joined("arbete", "plats", new QueryTerms(lease.Searcher.IndexReader)));
        Assert.Equal("Arbetsplatsen ska vara trygg.", Texts("arbete plats")[0]);
    }

    [Fact]
    public void Of_two_linking_forms_the_commoner_compound_is_searched()
    {
        var hits = Texts("utbildning minister");

        Assert.Equal(5, hits.Count(h => h.StartsWith("Utbildningsministern", StringComparison.Ordinal)));
        Assert.All(hits.Take(5), h => Assert.StartsWith("Utbildningsministern", h, StringComparison.Ordinal));
    }

    [Fact]
    public void The_compound_written_closed_finds_it_written_with_a_hyphen()
    {
        Assert.Contains(Hyphenated, Texts("natomedlemskap"));
    }

    private List<string> Texts(string query) =>
        [.. new ParagraphSearcher(texts.Index).Search(new SearchRequest(query, PageSize: 10)).Hits.Select(h => h.Text)];

    public void Dispose() => texts.Dispose();
}
