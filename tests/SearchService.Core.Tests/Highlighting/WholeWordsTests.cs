using SearchService.Core.Highlighting;

namespace SearchService.Core.Tests.Highlighting;

public class WholeWordsTests
{
    [Fact]
    public void A_part_mark_widens_to_its_word_and_keeps_its_kind()
    {
        const string text = "till följd av vårdplatsbrist väldigt";
        var start = text.IndexOf("plats", StringComparison.Ordinal);
        var widened = Assert.Single(WholeWords.Widen(text, [new TextMark(start, start + 5, MarkKinds.Compound)]));
        Assert.Equal("vårdplatsbrist", text[widened.Start..widened.End]);
        Assert.Equal(MarkKinds.Compound, widened.Kind);
    }

    [Fact]
    public void Two_parts_of_one_word_become_one_mark()
    {
        const string text = "personalbristen";
        Assert.Single(WholeWords.Widen(text, [new TextMark(0, 8, MarkKinds.Compound), new TextMark(8, 13, MarkKinds.Compound)]));
    }
}
