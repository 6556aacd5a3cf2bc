using SearchService.Core.Evaluation;
using SearchService.Core.Search;

namespace SearchService.Core.Tests.Search;

// distinct: each paragraph text once, the others with the same text (case and white space aside) counted on it.
public sealed class DistinctTextsTests : IDisposable
{
    private const string Repeated = "Hur avser ministern att lösa bristen på vårdplatser?";

    private readonly IndexOfTexts texts = new(
        ("first.txt", [Repeated]),
        ("again.txt", ["hur avser ministern att  lösa bristen på VÅRDPLATSER?"]),
        ("third.txt", [Repeated]),
        ("other.txt", ["Vårdplatser saknas i hela regionen, och köerna växer för varje månad som går utan beslut."]),
        ("last.txt", ["Antalet vårdplatser har minskat sedan förra året."]));

    [Fact]
    public void A_text_found_again_is_left_out_and_counted_on_the_first()
    {
        var searcher = new ParagraphSearcher(texts.Index);

        var all = searcher.Search(new SearchRequest("vårdplatser"));
        var distinct = searcher.Search(new SearchRequest("vårdplatser") { Distinct = true });

        Assert.Equal(5, all.Hits.Count);
        Assert.All(all.Hits, h => Assert.Null(h.SameText));
        Assert.Equal(3, distinct.Hits.Count);
        Assert.Equal(2, Assert.Single(distinct.Hits, h => h.Text.Contains("ministern", StringComparison.OrdinalIgnoreCase)).SameText);
        Assert.All(distinct.Hits.Where(h => !h.Text.Contains("ministern", StringComparison.OrdinalIgnoreCase)), h => Assert.Equal(0, h.SameText));
        // The kept hits keep their order, and the counts are the matches' as before.
        Assert.Equal(all.Hits.Select(h => h.Id).Where(id => distinct.Hits.Any(d => d.Id == id)), distinct.Hits.Select(h => h.Id));
        Assert.Equal(all.Total, distinct.Total);
    }

    [Fact]
    public void Pages_of_distinct_hits_follow_each_other()
    {
        var searcher = new ParagraphSearcher(texts.Index);

        var whole = searcher.Search(new SearchRequest("vårdplatser", PageSize: 3) { Distinct = true }).Hits;
        var pages = Enumerable.Range(1, 4).SelectMany(page => searcher.Search(new SearchRequest("vårdplatser", Page: page, PageSize: 1) { Distinct = true }).Hits);

        Assert.Equal(whole.Select(h => (h.Id, h.SameText)), pages.Select(h => (h.Id, h.SameText)));
    }

    [Fact]
    public void A_shards_counts_add_up_when_kept_again()
    {
        var kept = DistinctTexts.Keep([("a", 1), ("b", 0), ("A ", 2), ("c", 0), ("b", 0)], x => DistinctTexts.KeyOf(x.Item1), x => x.Item2);

        Assert.Equal([(("a", 1), 4), (("b", 0), 1), (("c", 0), 0)], kept);
    }

    // The evaluation can score what the search page shows: the repeated question counts once, so the one relevant
    // paragraph after it moves up.
    [Fact]
    public void The_evaluation_scores_distinct_hits_when_asked()
    {
        var searcher = new ParagraphSearcher(texts.Index);
        var hits = searcher.Search(new SearchRequest("vårdplatser")).Hits.Select(h => h.Text).ToList();
        var relevant = hits.Last(h => !h.Contains("ministern", StringComparison.OrdinalIgnoreCase));
        JudgedQuery[] queries = [new("d1", "vårdplatser", "plain", null, [new Judgment(relevant[..20], 2)])];

        var every = RelevanceEvaluation.Run(searcher, queries).Overall;
        var distinct = RelevanceEvaluation.Run(searcher, queries, distinct: true).Overall;

        Assert.True(hits.IndexOf(relevant) > hits.FindLastIndex(h => h.Contains("ministern", StringComparison.OrdinalIgnoreCase)),
            "the relevant paragraph ranks after the repeated ones");
        Assert.True(distinct.Mrr > every.Mrr, $"{distinct.Mrr} against {every.Mrr}");
    }

    [Theory]
    [InlineData("Brist på vårdplatser.", " brist  på\nVÅRDPLATSER. ", true)]
    [InlineData("Brist på vårdplatser.", "Brist på vårdplatser", false)]
    [InlineData("Brist på vårdplatser.", "Bristpå vårdplatser.", false)]
    [InlineData("Årets budget", "arets budget", false)]
    public void Texts_are_the_same_apart_from_case_and_runs_of_white_space(string one, string other, bool same) =>
        Assert.Equal(same, DistinctTexts.KeyOf(one) == DistinctTexts.KeyOf(other));

    public void Dispose() => texts.Dispose();
}
