using SearchService.Core.Highlighting;
using SearchService.Core.Search;
using SearchService.Core.Search.Documents;
using SearchService.Core.Tests.Search;

namespace SearchService.Core.Tests.Highlighting;

// Issue 15: a mark is a match. The marks of the top hits on the seed index, written down from the
// paragraphs (read, not assumed), for the queries a reader tried: no word that only shares a part
// with the query is marked, and every expected word is.
public class SeedMarksTests(SeedIndexFixture seeds) : IClassFixture<SeedIndexFixture>
{
    private const string Skane = "000_94d9eeac6d78a0db-p3";

    private IReadOnlyList<SearchHit> Top(string query, int count = 10) =>
        seeds.Searcher.Search(new SearchRequest(query, PageSize: count)).Hits;

    private static List<(string Word, string Kind)> Marked(SearchHit hit) =>
        hit.Marks.Select(m => (hit.Text[m.Start..m.End], m.Kind)).ToList();

    [Fact]
    public void Vårdplatser_marks_its_forms_and_compounds_but_not_words_that_only_share_vård()
    {
        var hits = Top("vårdplatser");

        // "…vårdplatsbehovet … vårdplatserna … för att vården ska vara patientsäker": vården is not why it matched.
        Assert.Equal([("vårdplats", MarkKinds.Compound), ("vårdplatserna", MarkKinds.Stem)],
            Marked(Assert.Single(hits, h => h.Text.Contains("vårdplatsbehovet", StringComparison.Ordinal))));
        Assert.All(hits.SelectMany(Marked), mark => Assert.StartsWith("vårdplats", mark.Word, StringComparison.OrdinalIgnoreCase));
        var skane = Assert.Single(hits, h => h.Id == Skane);
        Assert.Equal(["vårdplatser", "vårdplatser", "vårdplatser", "vårdplats", "vårdplats", "vårdplatser", "vårdplats"],
            Marked(skane).Select(m => m.Word));
        Assert.DoesNotContain("vård</mark>", skane.Highlight, StringComparison.Ordinal);
    }

    [Fact]
    public void Personalbrist_marks_brist_på_personal_but_not_a_neighbouring_ellipsis_or_a_lone_bristen()
    {
        var hits = Top("personalbrist");

        // "…den brist på personal som orsakat … kostnader för personalbristen": the split form, then the word.
        Assert.Equal("004_0410683bcf7f9b19-p29", hits[0].Id);
        Assert.Equal([("brist", MarkKinds.Part), ("personal", MarkKinds.Part), ("personalbristen", MarkKinds.Stem)], Marked(hits[0]));
        // "Effekter av vårdplats- och personalbristen …": not vårdplats- (its implied word is
        // vårdplatsbristen, no personalbrist), nor personalens and personalomsättning (no brist near);
        // "till följd av vårdplatsbrist och personalkris" is the split form, its parts near each other.
        Assert.Equal([("personalbristen", MarkKinds.Stem), ("brist", MarkKinds.Part), ("personal", MarkKinds.Part)],
            Marked(Assert.Single(hits, h => h.Id == Skane)));
        Assert.All(hits.SelectMany(Marked), mark => Assert.True(
            mark.Word.Contains("personalbrist", StringComparison.OrdinalIgnoreCase) || mark.Kind == MarkKinds.Part, mark.ToString()));
    }

    // "personalbrist" is in fewer than 10 paragraphs, so its first part alone finds more, far below:
    // "… beroendet av hyrpersonal …" had no mark at all. Its part is marked there, and only where nothing
    // else of the query is (the paragraphs with the compound or its split form keep just those marks).
    [Fact]
    public void A_hit_found_by_a_compound_s_first_part_alone_marks_that_part()
    {
        var hits = Top("personalbrist", count: 40);
        var byModifier = hits.Where(h => h.Text.Contains("personal", StringComparison.OrdinalIgnoreCase) && !h.Text.Contains("brist", StringComparison.OrdinalIgnoreCase)).ToList();
        Assert.NotEmpty(byModifier);
        Assert.All(byModifier, hit =>
        {
            Assert.NotEmpty(hit.Marks);
            Assert.All(Marked(hit), mark => Assert.True(mark.Kind == MarkKinds.Part && mark.Word.StartsWith("personal", StringComparison.OrdinalIgnoreCase), mark.ToString()));
        });
        Assert.Contains(byModifier, h => h.Text.Contains("hyrpersonal", StringComparison.Ordinal));
        Assert.DoesNotContain(Marked(Assert.Single(hits, h => h.Id == Skane)), mark => mark.Word == "personalens");
    }

    [Fact]
    public void Hälsovård_marks_compounds_with_it_and_the_hälso_of_hälso_och_sjukvård()
    {
        // "hälso- och sjukvården" implies the word in more than 30 paragraphs, so the compound
        // "skolhälsovården" ranks after them (Ranking.WholeWordParagraphs), beyond the first ten.
        var marks = Top("hälsovård", count: 60).SelectMany(Marked).ToList();

        Assert.Contains(("hälsovården", MarkKinds.Compound), marks); // skolhälsovården
        Assert.Contains(("hälso", MarkKinds.Ellipsis), marks);
        // "Hälso- och sjukvårdsdirektör" implies "hälsovårdsdirektör", a compound holding the word.
        Assert.Contains(("Hälso", MarkKinds.Compound), marks);
        Assert.All(marks, mark => Assert.True(
            mark.Word.StartsWith("hälsovård", StringComparison.OrdinalIgnoreCase)
            || (mark.Word.Equals("hälso", StringComparison.OrdinalIgnoreCase) && mark.Kind is MarkKinds.Ellipsis or MarkKinds.Compound)
            || mark.Kind == MarkKinds.Part, // "hälsa … vård" near each other, further down
            mark.ToString()));
    }

    // A word typed without its diacritics is searched as the spelling with them, so the compounds holding that
    // spelling are found and marked as they are for it ("vårdplatsbrist", kind compound).
    [Theory]
    [InlineData("vårdplaster", MarkKinds.Fuzzy, MarkKinds.Fuzzy)]
    [InlineData("vardplatser", MarkKinds.Folded, MarkKinds.Compound)]
    public void A_misspelt_or_diacritic_less_query_marks_the_word_it_stands_for_and_nothing_of_its_parts(string query, string kind, string compoundKind)
    {
        var hits = Top(query);

        Assert.Contains(("vårdplatser", kind), Marked(Assert.Single(hits, h => h.Id == Skane)));
        Assert.All(hits.SelectMany(Marked), mark =>
        {
            Assert.Contains(mark.Kind, new[] { kind, compoundKind });
            Assert.StartsWith("vårdplats", mark.Word, StringComparison.OrdinalIgnoreCase);
        });
    }

    // The paragraph with "vårdplatser" four times and "vårdplatsbrist" twice, and the one after it, which
    // ends "…behovet av vård. … inom exempelvis cancervård, kvinnovård…": the window shows the query word.
    [Theory]
    [InlineData(Skane, "Region Skåne har till följd av <mark>vårdplatsbrist</mark> väldigt många överbeläggningar per hundra <mark>vårdplatser</mark>")]
    [InlineData("000_94d9eeac6d78a0db-p4", "generella <mark>vårdplatsläget</mark> och personalrekrytering viktiga frågor. Det är när vi kan öppna upp fler <mark>vårdplatser</mark>")]
    public void A_Skåne_snippet_shows_the_query_word_not_the_vård_words_around_it(string id, string shown)
    {
        var hit = Assert.Single(Top("vårdplatser"), h => h.Id == id);

        Assert.Contains(shown, hit.Snippet, StringComparison.Ordinal);
        Assert.DoesNotContain("vård</mark>", hit.Snippet, StringComparison.Ordinal);
        Assert.DoesNotContain("cancervård", hit.Snippet, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("vårdplatser")]
    [InlineData("personalbrist")]
    [InlineData("hälsovård")]
    [InlineData("vardplatser")]
    public void The_document_page_marks_a_hit_s_paragraph_as_search_does(string query)
    {
        var highlighter = new DocumentHighlighter(seeds.Index);
        foreach (var hit in Top(query, count: 5))
        {
            var document = new DocumentLookup(seeds.Index).Find(hit.DocumentId, from: hit.Paragraph, count: 1)!;
            var paragraph = Assert.Single(highlighter.Highlight(document, query).Paragraphs);
            Assert.Equal(hit.Marks, paragraph.Marks);
            Assert.Equal(hit.Highlight, paragraph.Highlight);
        }
    }
}
