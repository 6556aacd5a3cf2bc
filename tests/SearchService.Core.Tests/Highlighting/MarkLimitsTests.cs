using SearchService.Core.Analysis;
using SearchService.Core.Highlighting;
using SearchService.Core.Search.Queries;

namespace SearchService.Core.Tests.Highlighting;

// Issue 13, finding 5: marking compared every mark with every other (MarkFinder's overlap check,
// SnippetWindow's scoring), so a paragraph of thousands of matching words cost seconds.
public class MarkLimitsTests
{
    [Fact]
    public void A_paragraph_of_thousands_of_matching_words_gets_at_most_the_mark_limit()
    {
        using var analysis = TextAnalysis.Create(AnalysisMode.Swedish);
        var text = string.Join(' ', Enumerable.Repeat("vårdplatser", 5_000));
        var terms = new LuceneQueryBuilder(analysis).Build(UserQueryParser.Parse("vårdplatser")!).Highlight;

        var marks = new MarkFinder(analysis.Analyzer).Find(text, terms);

        Assert.Equal(MarkFinder.MaxMarks, marks.Count);
        Assert.All(marks.Zip(marks.Skip(1)), pair => Assert.True(pair.First.End <= pair.Second.Start));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void The_snippet_window_is_the_one_scoring_every_window_against_every_mark_would_choose(int seed)
    {
        var random = new Random(seed);
        var vocabulary = new[] { "vård", "plats", "brist", "personal", "region" };
        var words = Enumerable.Range(0, 400).Select(_ => random.Next(4) == 0 ? vocabulary[random.Next(vocabulary.Length)] : "och").ToList();
        var text = string.Join(' ', words);
        var marks = new List<TextMark>();
        var at = 0;
        foreach (var word in words)
        {
            if (word != "och")
            {
                marks.Add(new TextMark(at, at + word.Length, MarkKinds.Exact));
            }
            at += word.Length + 1;
        }

        Assert.Equal(NaiveBestStart(text, marks), SnippetWindow.BestStart(text, marks));
    }

    // The scoring SnippetWindow had before, every window against every mark, as the reference.
    private static int NaiveBestStart(string text, IReadOnlyList<TextMark> marks)
    {
        var bestStart = 0;
        var bestScore = -1.0;
        foreach (var anchor in marks)
        {
            var start = Math.Max(0, anchor.Start - SnippetWindow.TargetLength / 5);
            var inside = marks.Where(m => m.Start >= start && m.End <= start + SnippetWindow.TargetLength).ToList();
            var score = inside.Select(m => text[m.Start..m.End].ToLowerInvariant()).Distinct().Count() + 0.1 * inside.Count;
            if (score > bestScore)
            {
                bestScore = score;
                bestStart = start;
            }
        }
        return bestStart;
    }
}
