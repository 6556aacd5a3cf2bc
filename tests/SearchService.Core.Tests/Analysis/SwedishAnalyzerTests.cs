using SearchService.Core.Analysis;
using SearchService.Core.Indexing;

namespace SearchService.Core.Tests.Analysis;

// Expected tokens were written down from the analyzer's observed output and checked by reading.
public class SwedishAnalyzerTests
{
    private static string[] Terms(string text)
    {
        using var analyzer = new SwedishAnalyzer();
        return TokenReader.Read(analyzer, ParagraphFields.Text, text).Select(t => t.Term).ToArray();
    }

    [Theory]
    [InlineData("vårdplatser", "vårdplats")]
    [InlineData("vårdplatsen", "vårdplats")]
    [InlineData("vårdplatserna", "vårdplats")]
    [InlineData("överbeläggningar", "överbeläggning")]
    [InlineData("Vårdplatsbrist", "vårdplatsbrist")]
    public void Inflections_of_a_word_stem_to_one_term(string word, string term) =>
        Assert.Equal([term], Terms(word));

    [Fact]
    public void Stop_words_are_dropped_and_the_rest_lower_cased_and_stemmed() =>
        Assert.Equal(["samhället", "gemensamt", "tar", "ansv"], Terms("Det är när samhället gemensamt tar ansvar"));

    [Fact]
    public void Hyphenated_ellipsis_keeps_both_halves_as_separate_words() =>
        Assert.Equal(["hälso", "sjukvård"], Terms("hälso- och sjukvården"));

    [Fact]
    public void Tokens_carry_offsets_into_the_original_text()
    {
        using var analyzer = new SwedishAnalyzer();
        const string text = "Fler vårdplatser måste öppnas";
        var token = TokenReader.Read(analyzer, ParagraphFields.Text, text)[1];
        Assert.Equal("vårdplatser", text[token.Start..token.End]);
        Assert.Equal(1, token.Position);
    }
}
