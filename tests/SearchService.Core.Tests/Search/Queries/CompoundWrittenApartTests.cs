using SearchService.Core.Search;

namespace SearchService.Core.Tests.Search.Queries;

// A compound's parts typed apart, side by side or joined by a hyphen, also find the compound written closed
// (LuceneQueryBuilder.JoinAdjacent and Words, SwedishWordClauses.Joined), and the closed compound finds them.
public sealed class CompoundWrittenApartTests : IDisposable
{
    private const string Closed = "Skälen för Natomedlemskap har förstärkts.";
    private const string Hyphenated = "Ett Nato-medlemskap kräver beslut i riksdagen.";
    private const string FarApart = "Nato kräver att medlemskap i alliansen prövas noga av varje land.";

    private readonly IndexOfTexts texts = new(("nato.txt", [Closed, Hyphenated, FarApart]));

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
    public void The_compound_written_closed_finds_it_written_with_a_hyphen()
    {
        Assert.Contains(Hyphenated, Texts("natomedlemskap"));
    }

    private List<string> Texts(string query) =>
        [.. new ParagraphSearcher(texts.Index).Search(new SearchRequest(query, PageSize: 10)).Hits.Select(h => h.Text)];

    public void Dispose() => texts.Dispose();
}
