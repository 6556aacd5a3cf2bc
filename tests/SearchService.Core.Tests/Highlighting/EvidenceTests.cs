using SearchService.Core.Highlighting;
using SearchService.Core.Search.Queries;
using SearchService.Core.Tests.Search;

namespace SearchService.Core.Tests.Highlighting;

// What counts as evidence for a query word, on made-up text searched with the seed index's analysis.
public class EvidenceTests(SeedIndexFixture seeds) : IClassFixture<SeedIndexFixture>
{
    private const string Filler = "ordet ordet ordet ordet ordet ordet ordet ordet ordet ordet";

    private IReadOnlyList<(string Word, string Kind)> Marks(string text, string query)
    {
        using var lease = seeds.Index.Acquire();
        var highlight = new LuceneQueryBuilder(seeds.Index.Analysis)
            .Build(UserQueryParser.Parse(query)!, lease.Searcher.IndexReader).Highlight;
        return new MarkFinder(seeds.Index.Analysis.Analyzer).Find(text, highlight).Select(m => (text[m.Start..m.End], m.Kind)).ToList();
    }

    [Fact]
    public void The_parts_of_a_compound_query_word_are_marked_where_they_stand_near_each_other()
    {
        var text = $"Det saknas platser inom vården. {Filler} Vården i länet {Filler} fler platser.";
        Assert.Equal([("platser", MarkKinds.Part), ("vården", MarkKinds.Part)], Marks(text, "vårdplatser"));
    }

    [Fact]
    public void Parts_inside_other_words_count_where_they_stand_near_each_other()
    {
        const string text = "Fler utbildningsplatser inom sjukvård.";
        Assert.Equal([("platser", MarkKinds.Part), ("vård", MarkKinds.Part)], Marks(text, "vårdplatser"));
    }

    [Fact]
    public void A_part_alone_is_no_evidence()
    {
        Assert.Empty(Marks("Sjukhusvården och cancervården, kvinnovård och vård.", "vårdplatser"));
        Assert.Empty(Marks($"Arbetsplatsen {Filler} och vårdtagare.", "vårdplatser"));
    }

    [Fact]
    public void A_part_next_to_the_query_word_itself_is_no_evidence()
    {
        Assert.Equal([("Personalbristen", MarkKinds.Stem)], Marks("Personalbristen och bristen.", "personalbrist"));
    }

    // Five different words matched through their diacritics at the start, the word as typed once at
    // the end: the window shows the word as typed, however many weaker marks the other one holds.
    [Fact]
    public void The_snippet_window_is_chosen_by_the_strength_of_its_evidence_first()
    {
        var text = $"aa bb cc dd ee {Filler} {Filler} {Filler} {Filler} slut";
        var folded = Enumerable.Range(0, 5).Select(i => new TextMark(i * 3, i * 3 + 2, MarkKinds.Folded));
        var exact = new TextMark(text.Length - 4, text.Length, MarkKinds.Exact);
        var marks = folded.Append(exact).ToList();

        var (start, end) = SnippetWindow.Choose(text, marks);

        Assert.InRange(exact.Start, start, end - 4);
        Assert.True(start > 0);
    }

    [Fact]
    public void Between_windows_of_equal_evidence_more_different_words_win()
    {
        var text = $"aa aa aa {Filler} {Filler} {Filler} {Filler} bb cc";
        var marks = new List<TextMark>
        {
            new(0, 2, MarkKinds.Exact), new(3, 5, MarkKinds.Exact), new(6, 8, MarkKinds.Exact),
            new(text.Length - 5, text.Length - 3, MarkKinds.Exact), new(text.Length - 2, text.Length, MarkKinds.Exact),
        };

        var (start, _) = SnippetWindow.Choose(text, marks);

        Assert.True(start > 0, "the window with bb and cc");
    }
}
