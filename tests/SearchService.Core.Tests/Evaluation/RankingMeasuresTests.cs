using SearchService.Core.Evaluation;

namespace SearchService.Core.Tests.Evaluation;

public class RankingMeasuresTests
{
    private static readonly Judgment[] Judgments = [new("fler vårdplatser", 2), new("vårdplatsbrist", 1)];

    [Fact]
    public void A_perfect_ranking_scores_one()
    {
        var score = RankingMeasures.Score(["Vi vill ha fler vårdplatser.", "Det råder vårdplatsbrist."], Judgments);
        Assert.Equal(new RankingScore(1, 1, 1), score);
    }

    [Fact]
    public void Keys_match_after_non_breaking_spaces_and_whitespace_runs_collapse()
    {
        var score = RankingMeasures.Score(["Vi vill ha fler\u00A0 \n vårdplatser."], Judgments);
        Assert.Equal(0.5, score.Recall);
        Assert.Equal(1, score.ReciprocalRank);
    }

    [Fact]
    public void A_paragraph_counts_once_at_its_best_grade_and_a_key_once_in_a_ranking()
    {
        // Rank 1: irrelevant; rank 2 holds both keys (counts once, grade 2); rank 3 repeats a used key.
        var score = RankingMeasures.Score(["Inget här.", "fler vårdplatser trots vårdplatsbrist", "vårdplatsbrist igen"], Judgments);
        var ideal = 3 / Math.Log2(2) + 1 / Math.Log2(3);
        Assert.Equal(3 / Math.Log2(3) / ideal, score.Ndcg, 10);
        Assert.Equal(1, score.Recall);
        Assert.Equal(0.5, score.ReciprocalRank);
    }

    [Fact]
    public void Hits_below_rank_ten_do_not_count()
    {
        var ranking = Enumerable.Repeat("inget", 10).Append("fler vårdplatser").ToList();
        Assert.Equal(new RankingScore(0, 0, 0), RankingMeasures.Score(ranking, Judgments));
    }
}
