using Lucene.Net.Index;
using SearchService.Core.Indexing;
using SearchService.Core.Search;
using SearchService.Core.Search.Scoring;

namespace SearchService.Core.Tests.Search.Scoring;

// A paragraph's text shorter than a sentence is scored as a sentence long: a fragment no longer outranks the
// paragraphs that say something with the same word for its shortness alone. Headings keep their own norm.
public sealed class ParagraphSimilarityTests : IDisposable
{
    private readonly IndexOfTexts texts = new(("children.txt",
    [
        "Barnen.",
        // Seven searched words: "och" is a stop word.
        "Barnen behöver trygga skolor, goda förskolor och vuxna.",
        "Barnen i kommunerna behöver trygga skolor, goda förskolor, fler lärare, mindre klasser, "
            + "bättre lokaler, fritidshem med personal, bibliotek med böcker och vuxna som ser dem varje dag i veckan.",
    ]));

    [Theory]
    [InlineData(ParagraphFields.Text)]
    [InlineData(ParagraphFields.TextParts)]
    public void A_paragraph_shorter_than_the_floor_has_the_floors_norm(string field)
    {
        var floor = Norm(field, Ranking.ShortestParagraphWords);

        Assert.Equal(floor, Norm(field, 1));
        Assert.Equal(floor, Norm(field, Ranking.ShortestParagraphWords - 1));
        Assert.Equal(floor / 2, Norm(field, Ranking.ShortestParagraphWords * 4), 5);
    }

    [Fact]
    public void A_heading_keeps_the_norm_of_its_length() =>
        Assert.True(Norm(ParagraphFields.Section, 2) > Norm(ParagraphFields.Section, Ranking.ShortestParagraphWords));

    [Fact]
    public void A_one_word_paragraph_scores_as_a_sentence_with_the_word_and_above_a_long_paragraph()
    {
        var hits = new ParagraphSearcher(texts.Index).Search(new SearchRequest("barn", PageSize: 10)).Hits;

        Assert.Equal(3, hits.Count);
        var fragment = hits.Single(h => h.Text == "Barnen.").Score;
        var sentence = hits.Single(h => h.Text.EndsWith("och vuxna.", StringComparison.Ordinal)).Score;
        var paragraph = hits.Single(h => h.Text.EndsWith("veckan.", StringComparison.Ordinal)).Score;
        Assert.Equal(fragment, sentence);
        Assert.True(paragraph < sentence);
    }

    private static float Norm(string field, int words) =>
        Ranking.Similarity.LengthNorm(new FieldInvertState(field, position: words, length: words, numOverlap: 0, offset: 0, boost: 1f));

    public void Dispose() => texts.Dispose();
}
