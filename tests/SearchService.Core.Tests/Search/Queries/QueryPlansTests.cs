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

    // Plans of the seed index's current reader (or another), each text parsed as a search parses it.
    private sealed class SeedPlans(SeedIndexFixture seeds, int capacity = QueryPlans.DefaultCapacity) : IDisposable
    {
        private readonly QueryPlans plans = new(new LuceneQueryBuilder(seeds.Index.Analysis), capacity);
        private readonly SearcherLease lease = seeds.Index.Acquire();

        public Lucene.Net.Index.IndexReader Reader => lease.Searcher.IndexReader;

        public QueryPlan Plan(string text, Lucene.Net.Index.IndexReader? reader = null) =>
            plans.For(text, UserQueryParser.Parse(text)!, reader ?? Reader);

        public void Dispose() => lease.Dispose();
    }

    [Fact]
    public void A_plan_is_kept_for_its_text_on_its_reader_only()
    {
        using var plans = new SeedPlans(seeds);
        var first = plans.Plan("vårdplatser");
        Assert.Same(first, plans.Plan("vårdplatser"));
        Assert.NotSame(first, plans.Plan("vårdplats"));
        using var reopened = Lucene.Net.Index.DirectoryReader.Open(((Lucene.Net.Index.DirectoryReader)plans.Reader).Directory);
        var onNewReader = plans.Plan("vårdplatser", reopened);
        Assert.NotSame(first, onNewReader);
        Assert.Same(onNewReader, plans.Plan("vårdplatser", reopened));
    }

    [Fact]
    public void The_oldest_plan_goes_first_when_the_plans_are_full()
    {
        using var plans = new SeedPlans(seeds, capacity: 2);
        var (tolk, vard) = (plans.Plan("tolk"), plans.Plan("vårdplatser"));
        plans.Plan("helikopter");
        Assert.Same(vard, plans.Plan("vårdplatser"));
        Assert.NotSame(tolk, plans.Plan("tolk"));
    }

    [Fact]
    public void The_plans_hold_at_most_their_capacity_in_words()
    {
        using var plans = new SeedPlans(seeds, capacity: 4);
        var three = plans.Plan("psykisk ohälsa barn");
        plans.Plan("tolk");
        Assert.Same(three, plans.Plan("psykisk ohälsa barn"));
        plans.Plan("vården personal");
        Assert.NotSame(three, plans.Plan("psykisk ohälsa barn"));
        var five = plans.Plan("vård skola tolk region budget");
        Assert.NotSame(five, plans.Plan("vård skola tolk region budget"));
    }

    [Fact]
    public void Without_room_every_search_builds_its_query_again()
    {
        using var plans = new SeedPlans(seeds, capacity: 0);
        Assert.NotSame(plans.Plan("tolk"), plans.Plan("tolk"));
    }

    [Fact]
    public void A_long_text_is_built_for_each_search()
    {
        using var plans = new SeedPlans(seeds);
        var text = string.Join(' ', Enumerable.Repeat("vårdplatser tolk", QueryPlans.MaxKeptLength / 16 + 1));
        Assert.True(text.Length > QueryPlans.MaxKeptLength);
        Assert.NotSame(plans.Plan(text), plans.Plan(text));
    }

    [Fact]
    public void A_query_with_nothing_to_search_for_is_refused_and_not_kept()
    {
        using var plans = new SeedPlans(seeds);
        Assert.Throws<QueryBuildException>(() => plans.Plan("att"));
        Assert.Throws<QueryBuildException>(() => plans.Plan("att"));
    }
}
