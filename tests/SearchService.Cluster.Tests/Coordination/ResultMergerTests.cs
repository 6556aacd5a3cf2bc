using SearchService.Cluster.Coordination;
using SearchService.Cluster.Serving;
using SearchService.Core.Search;

namespace SearchService.Cluster.Tests.Coordination;

public class ResultMergerTests
{
    [Fact]
    public void Merge_ranks_hits_by_score_and_takes_the_requested_page()
    {
        var merged = ResultMerger.Merge(new SearchRequest("q", Page: 2, PageSize: 2), [Answer(0, [5, 3, 1]), Answer(1, [4, 2])], 1);

        Assert.Equal(["s0-3", "s1-2"], merged.Hits.Select(h => h.Id));
        Assert.Equal(5, merged.Total);
    }

    [Fact]
    public void Merge_of_a_newest_first_search_orders_by_date_then_score_and_undated_last()
    {
        var request = new SearchRequest("q", PageSize: 5) { Order = SearchOrder.Newest };
        var merged = ResultMerger.Merge(request, [
            Answer(0, [5, 3, 1], dates: ["2020-01-01", "2019-01-01", null]),
            Answer(1, [4, 2], dates: ["2021-06-30", "2019-01-01"])], 1);

        Assert.Equal(["s1-4", "s0-5", "s0-3", "s1-2", "s0-1"], merged.Hits.Select(h => h.Id));
    }

    [Fact]
    public void Merge_of_distinct_hits_keeps_a_text_on_two_shards_once_and_adds_their_counts()
    {
        var request = new SearchRequest("q") { Distinct = true };
        var first = Answer(0, [5, 3]);
        var second = Answer(1, [4]);
        var merged = ResultMerger.Merge(request, [
            first with { Result = first.Result! with { Hits = [first.Result.Hits[0] with { Text = "Samma text.", SameText = 2 }, first.Result.Hits[1] with { SameText = 0 }] } },
            second with { Result = second.Result! with { Hits = [second.Result.Hits[0] with { Text = "samma  text.", SameText = 1 }] } }], 1);

        Assert.Equal([("s0-5", (int?)4), ("s0-3", 0)], merged.Hits.Select(h => (h.Id, h.SameText)));
    }

    [Fact]
    public void Merge_sums_facet_counts_and_orders_them_like_one_node()
    {
        var merged = ResultMerger.Merge(new SearchRequest("q"), [
            Answer(0, [1], [new("Skåne", 3), new("Värmland", 2)]),
            Answer(1, [1], [new("Värmland", 2), new("Jämtland Härjedalen", 4)])], 1);

        Assert.Equal([new FacetValue("Jämtland Härjedalen", 4), new FacetValue("Värmland", 4), new FacetValue("Skåne", 3)], merged.Facets["region"]);
    }

    private static ShardAnswer Answer(int shard, float[] scores, FacetValue[]? regions = null, string?[]? dates = null)
    {
        var hits = scores.Select((s, i) => new SearchHit($"s{shard}-{s}", "d", "t", null, [], dates?[i], null, 1, s, "", "", "", [])).ToList();
        var facets = new Dictionary<string, IReadOnlyList<FacetValue>> { ["region"] = regions ?? [] };
        return new ShardAnswer(shard, 1, "r", new SearchResult("q", hits.Count, 1, 10, 0, hits, facets), null);
    }
}
