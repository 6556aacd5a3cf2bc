using SearchService.Core.Analysis;
using SearchService.Core.Search;

namespace SearchService.Core.Tests.Search.Queries;

// A word the index never has as typed is searched as the spelling the user meant (LuceneQueryBuilder.Respelled): the
// same with å, ä or ö (SwedishWordClauses.Respelling), or, when the dictionary does not know it either and the rule
// stemmer read it as another word, a word one edit away (SwedishWordClauses.NearSpelling). As typed it often reads as
// another, common word ("lander" as "land", "rattigheterna" as "ratt", "naturigt" as "natur"), whose matches ranked
// first or were all there was.
public sealed class RespelledWordTests : IDisposable
{
    private readonly IndexOfTexts texts;

    public RespelledWordTests()
    {
        var countries = Enumerable.Range(1, 12).Select(i => $"Fråga {i}: hur samarbetar länder i Norden om energi och transporter?");
        var land = Enumerable.Range(1, 12).Select(i => $"Landet behöver mer mark {i}, och land ska brukas.");
        string[] rights = ["Barnets rättigheterna ska stärkas enligt konventionen och lagen.", "Rättigheterna gäller alla som bor i landet."];
        string[] wheel = ["Rattfylleri är ett brott.", "Rattonykterhet ökar.", "Hon höll i ratten."];
        var nature = Enumerable.Range(1, 12).Select(i => $"Naturen i område {i} är ett Natura 2000-område med natur att skydda.");
        var natural = Enumerable.Range(1, 4).Select(i => $"Det är naturligt att kommun {i} tar ansvar för vägarna.");
        // "kvinnoorna" reads as "kvinno", which the index has from an ellipsis.
        var shelters = Enumerable.Range(1, 3).Select(i => $"Kvinno- och tjejjourerna i län {i} behöver stöd.");
        var women = Enumerable.Range(1, 4).Select(i => $"Kvinnorna i län {i} har lägre lön.");
        // A word the index has only inside a compound, and a word one edit from it.
        string[] missions = ["Petersbergsuppgifterna ska lösas av EU.", "Resan gick till Petersburg."];
        texts = new IndexOfTexts(("countries.txt", countries), ("land.txt", land), ("rights.txt", rights), ("wheel.txt", wheel),
            ("nature.txt", nature), ("natural.txt", natural), ("missions.txt", missions), ("shelters.txt", shelters), ("women.txt", women));
    }

    [Fact]
    public void A_word_typed_without_its_diacritics_finds_the_spelling_with_them_first()
    {
        var result = Search("lander");

        Assert.All(result.Hits.Take(12), h => Assert.Contains("länder", h.Text, StringComparison.Ordinal));
        Assert.Equal("länder", result.DidYouMean);
    }

    [Fact]
    public void The_word_as_typed_is_not_searched_when_it_reads_as_another_word()
    {
        var result = Search("rattigheterna");

        Assert.Equal(2, result.Total);
        Assert.All(result.Hits, h => Assert.Contains("ättigheterna", h.Text, StringComparison.Ordinal));
        Assert.All(result.Hits, h => Assert.Contains(h.Marks, m => m.Kind == "folded"));
        Assert.Equal("rättigheterna", result.DidYouMean);
    }

    [Fact]
    public void A_typo_the_stemmer_reads_as_another_word_is_searched_as_the_word_one_edit_away()
    {
        var result = Search("naturigt");

        Assert.Equal(4, result.Total);
        Assert.All(result.Hits, h => Assert.Contains(h.Marks, m => m.Kind == "fuzzy"));
        Assert.Equal("naturligt", result.DidYouMean);
    }

    [Fact]
    public void A_typo_the_stemmer_reads_as_a_fragment_the_index_has_is_searched_as_the_word_one_edit_away()
    {
        var result = Search("kvinnoorna");

        // The shelters follow, as for "kvinnorna" typed right: "kvinnojourerna" holds "kvinna".
        Assert.All(result.Hits.Take(4), h => Assert.StartsWith("Kvinnorna", h.Text, StringComparison.Ordinal));
        Assert.Equal("kvinnorna", result.DidYouMean);
    }

    [Fact]
    public void A_word_the_index_has_inside_a_compound_is_searched_as_typed()
    {
        var hits = Search("petersberg").Hits;

        Assert.StartsWith("Petersbergsuppgifterna", hits[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_quoted_word_is_searched_as_typed()
    {
        var result = Search("\"rattigheterna\"");

        // As typed it reads as "ratt": the steering wheel comes first, and nothing is suggested.
        Assert.DoesNotContain("ättigheterna", result.Hits[0].Text, StringComparison.Ordinal);
        Assert.Null(result.DidYouMean);
    }

    [Fact]
    public void A_word_the_index_has_as_typed_is_searched_as_typed()
    {
        var result = Search("ratten");

        Assert.Contains(result.Hits, h => h.Text.Contains("ratten", StringComparison.Ordinal));
        Assert.Null(result.DidYouMean);
    }

    [Theory]
    [InlineData("lander", "länder", true)]
    [InlineData("hogskoleingenjor", "högskoleingenjör", true)]
    [InlineData("hogskoleingenjör", "högskoleingenjör", true)]
    [InlineData("ovänlig", "ovanlig", false)]
    [InlineData("gången", "gängen", false)]
    [InlineData("land", "länder", false)]
    public void Only_diacritics_are_added(string typed, string spelling, bool adds) =>
        Assert.Equal(adds, DiacriticFolding.AddsDiacritics(typed, spelling));

    private SearchResult Search(string query) => new ParagraphSearcher(texts.Index).Search(new SearchRequest(query, PageSize: 30));

    public void Dispose() => texts.Dispose();
}
