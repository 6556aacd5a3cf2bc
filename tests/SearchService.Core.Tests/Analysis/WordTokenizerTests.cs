using Lucene.Net.Analysis;
using SearchService.Core.Analysis;

namespace SearchService.Core.Tests.Analysis;

public class WordTokenizerTests
{
    private sealed class WordsOnly : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader) => new(new WordTokenizer(reader));
    }

    private static string[] Words(string text)
    {
        using var analyzer = new WordsOnly();
        return TokenReader.Read(analyzer, "f", text).Select(t => t.Term).ToArray();
    }

    [Theory]
    [InlineData("VÅRDPLATSER i Östergötland", new[] { "vårdplatser", "i", "östergötland" })]
    [InlineData("ÆRØ, Ñandú och ÉLAN", new[] { "ærø", "ñandú", "och", "élan" })]
    [InlineData("5 × 3 = 15", new[] { "5", "3", "15" })]
    [InlineData("Straße ΣΟΦΊΑ Ärende", new[] { "straße", "σοφία", "ärende" })]
    public void Words_come_out_in_lower_case(string text, string[] expected) =>
        Assert.Equal(expected, Words(text));

    [Fact]
    public void Lower_casing_agrees_with_the_invariant_culture_for_every_letter_of_the_basic_plane()
    {
        var letters = Enumerable.Range(0, 0xD800).Select(c => (char)c).Where(char.IsLetter).ToList();
        var mismatches = new List<string>();
        foreach (var chunk in letters.Chunk(200))
        {
            // One letter per word, so each is checked on its own.
            var words = Words(string.Join(' ', chunk));
            Assert.Equal(chunk.Length, words.Length);
            mismatches.AddRange(chunk.Zip(words).Where(p => p.Second != char.ToLowerInvariant(p.First).ToString()).Select(p => $"U+{(int)p.First:X4}"));
        }
        Assert.Empty(mismatches);
    }

    [Fact]
    public void A_number_keeps_its_inner_marks_and_a_hyphenated_word_is_typed_for_the_ellipsis_filter()
    {
        using var analyzer = new WordsOnly();
        var tokens = TokenReader.Read(analyzer, "f", "Hälso- och sjukvård för 2,5 MKR");
        Assert.Equal(["hälso", "och", "sjukvård", "för", "2,5", "mkr"], tokens.Select(t => t.Term));
        Assert.Equal(TokenSources.Hyphenated, tokens[0].Type);
        Assert.Equal(TokenSources.Word, tokens[2].Type);
    }
}
