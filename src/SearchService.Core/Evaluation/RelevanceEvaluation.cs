using SearchService.Core.Search;

namespace SearchService.Core.Evaluation;

/// <summary>Mean scores of a group of queries (a kind, or all).</summary>
public sealed record GroupScore(string Group, int Queries, double Ndcg, double Recall, double Mrr);

/// <summary>Scores per query, per kind (in the order kinds first appear) and over all queries.</summary>
public sealed record EvaluationReport(IReadOnlyList<(JudgedQuery Query, RankingScore Score)> PerQuery, IReadOnlyList<GroupScore> PerKind, GroupScore Overall);

/// <summary>Runs every judged query through the real search (with its region filter) and scores the top 10.</summary>
public static class RelevanceEvaluation
{
    /// <summary>Name of the group of all queries.</summary>
    public const string Overall = "overall";

    /// <summary>Evaluates <paramref name="searcher"/> on <paramref name="queries"/>; with <paramref name="distinct"/>, the hits
    /// as the search page asks for them, each paragraph text once (<see cref="DistinctTexts"/>).</summary>
    public static EvaluationReport Run(ParagraphSearcher searcher, IReadOnlyList<JudgedQuery> queries, bool distinct = false)
    {
        var scored = new List<(JudgedQuery Query, RankingScore Score)>();
        foreach (var query in queries)
        {
            var result = searcher.Search(new SearchRequest(query.Query, query.Region, 1, RankingMeasures.Depth) { Distinct = distinct });
            scored.Add((query, RankingMeasures.Score(result.Hits.Select(h => h.Text).ToList(), query.Relevant)));
        }
        var perKind = scored.GroupBy(s => s.Query.Kind).Select(g => Mean(g.Key, g.Select(s => s.Score).ToList())).ToList();
        return new EvaluationReport(scored, perKind, Mean(Overall, scored.Select(s => s.Score).ToList()));
    }

    private static GroupScore Mean(string group, IReadOnlyList<RankingScore> scores) =>
        scores.Count == 0
            ? new(group, 0, 0, 0, 0)
            : new(group, scores.Count, scores.Average(s => s.Ndcg), scores.Average(s => s.Recall), scores.Average(s => s.ReciprocalRank));
}
