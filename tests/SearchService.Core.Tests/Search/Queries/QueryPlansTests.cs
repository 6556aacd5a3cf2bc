using System.Text.Json;
using SearchService.Core.Search;
using SearchService.Core.Search.Queries;

namespace SearchService.Core.Tests.Search.Queries;

// Issue 17, item 3: a query text is built once per index version and its plan reused. An answer from a plan must
// be the answer a fresh build gives, field for field (hits, marks, facets, "did you mean", relaxation, the limited
// expansions flag), also when many searches share one plan at once.
public sealed class QueryPlansTests(SeedIndexFixture seeds) : IClassFixture<SeedIndexFixture>
{
    // Every kind the seed relevance set has, plus relaxed words, near spellings and made-up words that use up
    // the expansion budget.
    private static readonly string[] Queries =
    [
        "vårdplatser", "vårdplats", "tolk", "korridorvård", "sjukskrivning", "personalbrist", "helikopter",
        "vårdplatsbrist", "psykisk ohälsa barn", "tolk helikopter", "vårdplatser giraffhage", "vården personal",
        "vårdplaster", "sjukskrivnig", "overbelaggning", "korridorvard", "vård*", "\"psykisk ohälsa\"", "vård -tolk",
        "vårdplatser OCH giraffhage", "asyl prövning",
        "qzxvblorp fnarglewix gleepsnurkar wobbelfraxen plinkdorfen snarvelgok",
    ];

    private static readonly SearchRequest[] Requests =
    [
        .. Queries.Select(q => new SearchRequest(q, PageSize: 20)),
        .. Queries.Take(6).Select(q => new SearchRequest(q, Page: 2, PageSize: 5, MarkParts: true)),
    ];

    private readonly ParagraphSearcher fresh = new(seeds.Index, queryPlans: 0);

    // The answer as JSON without its time, which differs between any two runs.
    private static string Answer(SearchResult result) => JsonSerializer.Serialize(result with { TookMs = 0 });

    [Fact]
    public void The_queries_reach_every_part_of_a_plan()
    {
        var answers = Requests.Select(fresh.Search).ToList();
        Assert.Contains(answers, a => a.AllWordsTotal is not null);
        Assert.Contains(answers, a => a.DidYouMean is not null);
        Assert.Contains(answers, a => a.ExpansionsLimited);
        Assert.Contains(answers, a => a.Hits.Count > 0 && a.AllWordsTotal is null);
    }

    [Fact]
    public void A_search_answered_from_its_plan_answers_as_a_fresh_build()
    {
        var planned = new ParagraphSearcher(seeds.Index);
        foreach (var request in Requests)
        {
            var expected = Answer(fresh.Search(request));
            Assert.Equal(expected, Answer(planned.Search(request)));
            Assert.Equal(expected, Answer(planned.Search(request)));
        }
    }

    [Fact]
    public void A_plan_shared_by_searches_at_once_answers_each_as_a_fresh_build()
    {
        var planned = new ParagraphSearcher(seeds.Index);
        var expected = Requests.Select(r => Answer(fresh.Search(r))).ToArray();
        var answers = new string[Requests.Length * 8];
        Parallel.For(0, answers.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 },
            i => answers[i] = Answer(planned.Search(Requests[i % Requests.Length])));
        for (var i = 0; i < answers.Length; i++)
        {
            Assert.Equal(expected[i % Requests.Length], answers[i]);
        }
    }

    [Fact]
    public void A_plan_is_kept_for_its_text_on_its_reader_only()
    {
        var plans = new QueryPlans(new LuceneQueryBuilder(seeds.Index.Analysis));
        using var lease = seeds.Index.Acquire();
        var reader = lease.Searcher.IndexReader;
        var first = plans.For("vårdplatser", UserQueryParser.Parse("vårdplatser")!, reader);
        Assert.Same(first, plans.For("vårdplatser", UserQueryParser.Parse("vårdplatser")!, reader));
        Assert.NotSame(first, plans.For("vårdplats", UserQueryParser.Parse("vårdplats")!, reader));
        using var reopened = Lucene.Net.Index.DirectoryReader.Open(((Lucene.Net.Index.DirectoryReader)reader).Directory);
        var onNewReader = plans.For("vårdplatser", UserQueryParser.Parse("vårdplatser")!, reopened);
        Assert.NotSame(first, onNewReader);
        Assert.Same(onNewReader, plans.For("vårdplatser", UserQueryParser.Parse("vårdplatser")!, reopened));
    }

    [Fact]
    public void The_oldest_plan_goes_first_when_the_plans_are_full()
    {
        var plans = new QueryPlans(new LuceneQueryBuilder(seeds.Index.Analysis), capacity: 2);
        using var lease = seeds.Index.Acquire();
        var reader = lease.Searcher.IndexReader;
        QueryPlan Plan(string text) => plans.For(text, UserQueryParser.Parse(text)!, reader);
        var (tolk, vard) = (Plan("tolk"), Plan("vårdplatser"));
        Plan("helikopter");
        Assert.Same(vard, Plan("vårdplatser"));
        Assert.NotSame(tolk, Plan("tolk"));
    }

    [Fact]
    public void The_plans_hold_at_most_their_capacity_in_words()
    {
        var plans = new QueryPlans(new LuceneQueryBuilder(seeds.Index.Analysis), capacity: 4);
        using var lease = seeds.Index.Acquire();
        var reader = lease.Searcher.IndexReader;
        QueryPlan Plan(string text) => plans.For(text, UserQueryParser.Parse(text)!, reader);
        var (three, one) = (Plan("psykisk ohälsa barn"), Plan("tolk"));
        Assert.Same(three, Plan("psykisk ohälsa barn"));
        Plan("vården personal");
        Assert.NotSame(three, Plan("psykisk ohälsa barn"));
        var five = Plan("vård skola tolk region budget");
        Assert.NotSame(five, Plan("vård skola tolk region budget"));
    }

    [Fact]
    public void Without_room_every_search_builds_its_query_again()
    {
        var plans = new QueryPlans(new LuceneQueryBuilder(seeds.Index.Analysis), capacity: 0);
        using var lease = seeds.Index.Acquire();
        var parsed = UserQueryParser.Parse("tolk")!;
        Assert.NotSame(plans.For("tolk", parsed, lease.Searcher.IndexReader), plans.For("tolk", parsed, lease.Searcher.IndexReader));
    }

    [Fact]
    public void A_long_text_is_built_for_each_search()
    {
        var plans = new QueryPlans(new LuceneQueryBuilder(seeds.Index.Analysis));
        using var lease = seeds.Index.Acquire();
        var text = string.Join(' ', Enumerable.Repeat("vårdplatser tolk", QueryPlans.MaxKeptLength / 16 + 1));
        Assert.True(text.Length > QueryPlans.MaxKeptLength);
        var parsed = UserQueryParser.Parse(text)!;
        Assert.NotSame(plans.For(text, parsed, lease.Searcher.IndexReader), plans.For(text, parsed, lease.Searcher.IndexReader));
    }

    [Fact]
    public void A_query_with_nothing_to_search_for_is_refused_and_not_kept()
    {
        var plans = new QueryPlans(new LuceneQueryBuilder(seeds.Index.Analysis));
        using var lease = seeds.Index.Acquire();
        Assert.Throws<QueryBuildException>(() => plans.For("att", UserQueryParser.Parse("att")!, lease.Searcher.IndexReader));
        Assert.Throws<QueryBuildException>(() => plans.For("att", UserQueryParser.Parse("att")!, lease.Searcher.IndexReader));
    }
}
