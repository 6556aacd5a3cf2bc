using System.Text.RegularExpressions;

namespace SearchService.Core.Evaluation;

/// <summary>The quality of one ranking.</summary>
/// <param name="Ndcg">nDCG@10 with gain 2^grade − 1, ideal ranking from all judgments.</param>
/// <param name="Recall">Share of the judgments' keys found in the top 10.</param>
/// <param name="ReciprocalRank">1 / rank of the first relevant hit in the top 10, else 0.</param>
public readonly record struct RankingScore(double Ndcg, double Recall, double ReciprocalRank);

/// <summary>
/// Scores a ranking of paragraph texts against judgments: a paragraph is relevant when its text holds
/// a judgment's key after non-breaking spaces become spaces and whitespace runs collapse; it counts
/// once, at the highest grade among the keys it holds that no better-ranked paragraph used, and each
/// key counts at most once.
/// </summary>
internal static partial class RankingMeasures
{
    /// <summary>Depth of the measures.</summary>
    public const int Depth = 10;

    /// <summary>Scores <paramref name="ranking"/> (paragraph texts, best first).</summary>
    public static RankingScore Score(IReadOnlyList<string> ranking, IReadOnlyList<Judgment> judgments)
    {
        var keys = judgments.Select(j => (Key: Normalize(j.Key), j.Grade)).ToList();
        var used = new bool[keys.Count];
        double dcg = 0, reciprocal = 0;
        for (var rank = 0; rank < Math.Min(Depth, ranking.Count); rank++)
        {
            var text = Normalize(ranking[rank]);
            var grade = 0;
            for (var k = 0; k < keys.Count; k++)
            {
                if (!used[k] && text.Contains(keys[k].Key, StringComparison.Ordinal))
                {
                    used[k] = true;
                    grade = Math.Max(grade, keys[k].Grade);
                }
            }
            if (grade > 0)
            {
                dcg += Gain(grade) / Math.Log2(rank + 2);
                reciprocal = reciprocal == 0 ? 1.0 / (rank + 1) : reciprocal;
            }
        }
        var ideal = keys.Select(k => k.Grade).OrderDescending().Take(Depth).Select((g, rank) => Gain(g) / Math.Log2(rank + 2)).Sum();
        var found = used.Count(u => u);
        return new RankingScore(ideal == 0 ? 0 : dcg / ideal, keys.Count == 0 ? 0 : (double)found / keys.Count, reciprocal);
    }

    /// <summary>Non-breaking spaces to spaces, whitespace runs to one space, trimmed.</summary>
    public static string Normalize(string text) => Whitespace().Replace(text.Replace('\u00A0', ' '), " ").Trim();

    private static double Gain(int grade) => Math.Pow(2, grade) - 1;

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
