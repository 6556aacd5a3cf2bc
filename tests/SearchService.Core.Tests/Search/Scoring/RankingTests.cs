using Lucene.Net.Search.Similarities;
using SearchService.Core.Indexing;
using SearchService.Core.Search.Scoring;

namespace SearchService.Core.Tests.Search.Scoring;

// Pins every ranking knob: a change here must be a decision, checked with the relevance run
// (`dotnet run --project src/SearchService.Indexer -c Release -- eval --qrels tests/eval/relevance.json --analysis both`).
public sealed class RankingTests
{
    [Fact]
    public void Similarity_IsClassicTfIdf() => Assert.IsAssignableFrom<DefaultSimilarity>(Ranking.Similarity);

    [Fact]
    public void Fields_TextThenSectionThenTitle() =>
        Assert.Equal([(ParagraphFields.Text, 1.0f), (ParagraphFields.Section, 0.25f), (ParagraphFields.Title, 0.15f)], Ranking.Fields);

    [Fact]
    public void Weights_ArePinned()
    {
        Assert.Equal(0.1f, Ranking.FieldTieBreaker);
        Assert.Equal(0.0f, Ranking.WordOrPartTieBreaker);
        Assert.Equal(1000f, Ranking.AllWordsBoost);
        Assert.Equal(0.5f, Ranking.PartBoost);
        Assert.Equal(0.1f, Ranking.CommonWordPartBoost);
        Assert.Equal(0.4f, Ranking.FoldedBoost);
        Assert.Equal(0.3f, Ranking.SplitBoost);
        Assert.Equal(0.05f, Ranking.ModifierBoost);
        Assert.Equal(0.8f, Ranking.RestoredBoost);
        Assert.Equal(0.3f, Ranking.FuzzyBoost);
        Assert.Equal(0.01f, Ranking.WrittenFormBoost);
        Assert.Equal(0.5f, Ranking.WrittenFormSpecificityBoost);
    }

    [Fact]
    public void Thresholds_ArePinned()
    {
        Assert.Equal(10, Ranking.RelaxBelow);
        Assert.Equal(2, Ranking.RareDocumentFrequency);
        Assert.Equal(1_000, Ranking.CommonDocumentFrequency);
        Assert.Equal(5, Ranking.SpellingsPerWord);
        Assert.Equal(30, Ranking.WholeWordParagraphs);
        Assert.Equal(2, Ranking.AllWordsRequiredUpTo);
        Assert.Equal(8, Ranking.ShortestParagraphWords);
    }

    // The form as typed weighs more the more it narrows its word: nothing beyond the least weight when every
    // paragraph with the word has that form, up to nearly the full further weight when the form is rare.
    [Fact]
    public void WrittenFormWeight_GrowsAsTheFormIsRarerThanItsWord()
    {
        const int paragraphs = 100_000;
        Assert.Equal(Ranking.WrittenFormBoost, Ranking.WrittenFormWeight(5_000, 5_000, paragraphs), 5);
        var weights = new[] { 4_000, 1_000, 10, 1 }.Select(form => Ranking.WrittenFormWeight(5_000, form, paragraphs)).ToList();
        Assert.Equal(weights.Order(), weights);
        Assert.True(weights[^1] > Ranking.WrittenFormBoost + Ranking.WrittenFormSpecificityBoost / 2);
        Assert.True(weights[^1] < Ranking.WrittenFormBoost + Ranking.WrittenFormSpecificityBoost);
    }

    [Theory]
    [InlineData(3, 2)]
    [InlineData(4, 3)]
    [InlineData(5, 3)]
    [InlineData(8, 6)]
    public void WordsRequired_ThreeInFourRoundedDown(int words, int required) => Assert.Equal(required, Ranking.WordsRequired(words));

    // Every Swedish clause weighs less than the word itself in the paragraph text, so a whole-word match ranks first.
    [Fact]
    public void EverySwedishClause_WeighsLessThanTheWord()
    {
        var text = Ranking.Fields[0].Boost;
        Assert.All([Ranking.PartBoost, Ranking.FoldedBoost, Ranking.SplitBoost, Ranking.ModifierBoost, Ranking.RestoredBoost, Ranking.FuzzyBoost], b => Assert.True(b < text));
    }
}
