using SearchService.Core.Analysis;

namespace SearchService.Core.Tests.Analysis;

// Words from the seeds; splits checked by reading.
public class DecompounderTests
{
    private static string[] Parts(string word) =>
        new Decompounder(CompoundLexicon.Default).Split(word).Select(p => word.Substring(p.Start, p.Length)).ToArray();

    [Theory]
    [InlineData("vårdplatsbrist", new[] { "vårdplats", "vård", "plats", "brist" })]
    [InlineData("personalbristen", new[] { "personal", "bristen" })]
    [InlineData("sjukskrivningstalen", new[] { "sjukskrivnings", "sjuk", "skrivnings", "talen" })]
    [InlineData("korridorvård", new[] { "korridor", "vård" })]
    [InlineData("ambulanshelikopter", new[] { "ambulans", "helikopter" })]
    public void Compounds_split_into_lexicon_words_with_linking_letters_left_out(string word, string[] parts) =>
        Assert.Equal(parts, Parts(word));

    [Theory]
    [InlineData("verksamheten")]
    [InlineData("personalen")]
    [InlineData("kommunerna")]
    [InlineData("organisationen")]
    [InlineData("patienter")]
    public void Words_that_are_not_compounds_stay_whole(string word) => Assert.Empty(Parts(word));

    [Fact]
    public void Shared_endings_of_an_ellipsis_are_the_last_part_and_the_rest_after_the_first_part() =>
        Assert.Equal(["lagen", "vårdslagen"], new Decompounder(CompoundLexicon.Default).SharedEndings("sjukvårdslagen"));
}
