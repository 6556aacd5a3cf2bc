using SearchService.Cluster.Serving;
using SearchService.Core.Search;
using SearchService.Core.Search.Queries;

namespace SearchService.Cluster.Coordination;

/// <summary>
/// What every shard needs to answer a query as one index over the whole corpus would: the vocabulary figures
/// its build decides by and the scoring statistics it reads, both summed over the shards; and whether it
/// has a relaxed form (relaxation itself is decided on the merged strict total).
/// </summary>
/// <param name="Vocabulary">The corpus's vocabulary figures.</param>
/// <param name="Statistics">The corpus's scoring statistics.</param>
/// <param name="Relaxable">Whether the query has a relaxed form.</param>
/// <param name="Rounds">Round trips it took.</param>
/// <param name="Shards">The shards whose figures it sums: an answer from any other shard was built from figures
/// that did not count it (a replica that joined, or answered late, meanwhile).</param>
public sealed record QueryPlan(QueryVocabulary Vocabulary, CorpusStatistics Statistics, bool Relaxable, int Rounds, IReadOnlySet<int> Shards)
{
    /// <summary>Round trips at most: when the shards still miss figures then, they use their own for those.</summary>
    public const int MaxRounds = 4;

    /// <summary>The expansion work the single node spends on the query's lookups (<see cref="NeighbourBudget.WorkUnits"/>),
    /// one of each kind for every word the plan has figures for, for the rate limit weighted by cost.</summary>
    public int WorkUnits => Vocabulary.Restorations.Count + Vocabulary.Neighbours.Count * NeighbourBudget.LookupUnits;

    /// <summary>
    /// Plans <paramref name="request"/>'s query through <paramref name="askAll"/>: every shard builds it with the
    /// figures summed so far and reports its own for those missing; a figure counts once every shard has given
    /// its own, since only then is the sum the corpus's. Every shard takes the same decisions from the same
    /// figures until the first figure missing, which every shard then reports, so each round settles at least
    /// one; usually two rounds settle all (the first gathers, the second finds nothing missing). The
    /// statistics are those of the round in which no shard missed a figure: then every shard built the same query.
    /// </summary>
    public static async Task<QueryPlan> MakeAsync(SearchRequest request, Func<ShardQuery, Task<ShardAnswer?[]>> askAll)
    {
        var figures = new FigureSums();
        var vocabulary = QueryVocabulary.Empty();
        for (var round = 1; ; round++)
        {
            var answers = (await askAll(new ShardQuery(request, Vocabulary: vocabulary, PlanOnly: true)))
                .OfType<ShardAnswer>().Where(a => a.Plan is not null).ToList();
            var plans = answers.Select(a => a.Plan!).ToList();
            if (round == MaxRounds || plans.All(p => p.Missing.IsEmpty))
            {
                var plan = new QueryPlan(vocabulary, CorpusStatistics.Sum(plans.Select(p => p.Statistics)), plans.Any(p => p.Relaxable), round,
                    answers.Select(a => a.Shard).ToHashSet());
                WorkMeter.Current?.Add(plan.WorkUnits);
                return plan;
            }
            foreach (var answer in answers)
            {
                figures.Add(answer.Shard, answer.Plan!.Missing);
            }
            vocabulary = figures.Complete(answers.Select(a => a.Shard).ToHashSet());
        }
    }

    // The shards' figures summed per key, with the shards that gave them.
    private sealed class FigureSums
    {
        private readonly Sums<int> docFreqs = new((a, b) => a + b);
        private readonly Sums<List<Spelling>> restorations = new((a, b) =>
            [.. a.Concat(b).GroupBy(s => s.Term, StringComparer.Ordinal).Select(g => new Spelling(g.Key, g.Sum(s => s.DocumentFrequency)))]);
        private readonly Sums<List<NearTerm>> neighbours = new((a, b) =>
            [.. a.Concat(b).GroupBy(n => n.Term, StringComparer.Ordinal).Select(g => new NearTerm(g.Key, g.First().Distance, g.Sum(n => n.DocumentFrequency)))]);

        public void Add(int shard, QueryVocabulary missing)
        {
            docFreqs.Add(shard, missing.DocFreqs);
            restorations.Add(shard, missing.Restorations);
            neighbours.Add(shard, missing.Neighbours);
        }

        // The figures every one of the shards gave.
        public QueryVocabulary Complete(IReadOnlySet<int> shards) =>
            new(docFreqs.Complete(shards), restorations.Complete(shards), neighbours.Complete(shards));
    }

    private sealed class Sums<T>(Func<T, T, T> sum)
    {
        private readonly Dictionary<string, (HashSet<int> Shards, T Value)> sums = new(StringComparer.Ordinal);

        public void Add(int shard, Dictionary<string, T> figures)
        {
            foreach (var (key, value) in figures)
            {
                if (!sums.TryGetValue(key, out var known))
                {
                    sums[key] = ([shard], value);
                }
                else if (known.Shards.Add(shard))
                {
                    sums[key] = (known.Shards, sum(known.Value, value));
                }
            }
        }

        public Dictionary<string, T> Complete(IReadOnlySet<int> shards) =>
            sums.Where(s => shards.IsSubsetOf(s.Value.Shards)).ToDictionary(s => s.Key, s => s.Value.Value, StringComparer.Ordinal);
    }
}
