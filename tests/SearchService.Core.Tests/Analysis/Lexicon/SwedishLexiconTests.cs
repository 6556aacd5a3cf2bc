using SearchService.Core.Analysis.Lexicon;

namespace SearchService.Core.Tests.Analysis.Lexicon;

// The shipped lexicon, read by reading Swedish: what its rules make of an entry and the other readings of an adjective.
public class SwedishLexiconTests
{
    private static readonly SwedishLexicon Lexicon = SwedishLexicon.Default;

    [Fact]
    public void The_forms_of_an_entry_are_what_its_rules_make_without_linking_forms_or_comparison()
    {
        var forms = Lexicon.FormsOf("lång");
        Assert.Equal("lång", forms[0]);
        Assert.Contains("långt", forms);
        Assert.Contains("långa", forms);
        Assert.DoesNotContain(forms, f => f.EndsWith('-') || f.EndsWith("are", StringComparison.Ordinal));
        Assert.Empty(Lexicon.FormsOf("xyzzyq"));
    }

    [Theory]
    [InlineData("klar", "klara")] // "klara" is also a verb (to manage)
    [InlineData("klara", "klar")]
    [InlineData("trygg", "trygga")] // "trygga" is also a verb
    [InlineData("kort", "korta")] // an adjective in -t is its own neuter
    [InlineData("korta", "kort")]
    public void An_adjective_and_the_word_its_forms_in_a_are_read_as_name_each_other(string word, string other) =>
        Assert.Equal([other], Lexicon.AdjectiveReadings(word));

    [Theory]
    [InlineData("skydd")] // a noun whose definite form ends in -t
    [InlineData("student")]
    [InlineData("stor")] // "stora" is read as "stor" already
    [InlineData("lång")] // "långa" is listed also as a verb (to hand), but read as "lång" (sv-irregular.tsv)
    [InlineData("s")]
    public void A_word_whose_forms_meet_at_it_has_no_other_reading(string word) => Assert.Empty(Lexicon.AdjectiveReadings(word));

    [Theory]
    [InlineData("stor", true)]
    [InlineData("tjock", true)]
    [InlineData("kort", true)] // its own neuter
    [InlineData("barn", false)]
    [InlineData("skydd", false)] // "skyddet" is no neuter in -t
    [InlineData("ord", false)]
    public void An_adjective_is_a_word_with_a_neuter_and_a_form_in_a(string word, bool adjective) =>
        Assert.Equal(adjective, Lexicon.IsAdjective(word));

    [Theory]
    [InlineData("damberg", true)]
    [InlineData("stockholm", true)]
    [InlineData("europa", true)] // also the lower-case end of "västeuropa", no word on its own
    [InlineData("lund", false)] // a grove as well
    [InlineData("vård", false)]
    public void A_name_is_a_word_the_dictionary_writes_only_capitalised(string word, bool name) =>
        Assert.Equal(name, Lexicon.IsName(word));
}
