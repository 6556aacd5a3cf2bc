using SearchService.Core.Analysis;
using SearchService.Core.Analysis.Lexicon;
using SearchService.Core.Indexing;

namespace SearchService.Core.Tests.Analysis;

// Words from the seeds and the real corpus; splits checked by reading.
public class DecompounderTests
{
    private static readonly Decompounder Decompounder = new(SwedishLexicon.Default);

    private static string[] Parts(string word) =>
        Decompounder.Split(word).Select(p => word.Substring(p.Start, p.Length)).ToArray();

    private static string[] Lemmas(string word) => Decompounder.Split(word).Select(p => p.Lemma).ToArray();

    [Theory]
    [InlineData("vårdplatsbrist", new[] { "vård", "platsbrist", "plats", "brist" })]
    [InlineData("personalbristen", new[] { "personal", "bristen" })]
    [InlineData("sjukskrivningsprocessen", new[] { "sjukskrivnings", "sjuk", "skrivnings", "processen" })]
    [InlineData("korridorvård", new[] { "korridor", "vård" })]
    [InlineData("kulturminister", new[] { "kultur", "minister" })]
    [InlineData("ambulanshelikopter", new[] { "ambulans", "helikopter" })]
    [InlineData("arbetsmarknadsutbildning", new[] { "arbetsmarknads", "arbets", "marknads", "utbildning" })]
    public void Compounds_split_at_every_boundary_with_linking_letters_on_the_left_part(string word, string[] parts) =>
        Assert.Equal(parts, Parts(word));

    [Theory]
    [InlineData("vårdplatserna", new[] { "vård", "plats" })]
    [InlineData("arbetsmarknaden", new[] { "arbete", "marknad" })]
    [InlineData("hälsoundersökningar", new[] { "hälsa", "undersökning" })]
    [InlineData("tågtunnlar", new[] { "tåg", "tunnel" })]
    [InlineData("krigsmateriel", new[] { "krig", "materiel" })]
    [InlineData("skatteverket", new[] { "skatt", "verk" })]
    [InlineData("åtgärdsprogram", new[] { "åtgärd", "program" })]
    [InlineData("socialtjänstens", new[] { "social", "tjänst" })] // a closed-class word ("ens") ends no compound
    [InlineData("landsdels", new[] { "land", "del" })] // nor "dels"
    public void Parts_carry_their_base_forms(string word, string[] lemmas) => Assert.Equal(lemmas, Lemmas(word));

    // A first part's base form is what a search for the word on its own looks for, also when the dictionary
    // lists the linking form alone ("föräldra-", "lärar-", "tjänste-") without its word as an entry.
    [Theory]
    [InlineData("föräldraförsäkringen", "förälder")]
    [InlineData("lärarutbildningen", "lärare")]
    [InlineData("tjänsteexport", "tjänst")]
    public void A_first_part_has_the_base_form_of_its_word_on_its_own(string compound, string word)
    {
        var baseForm = Assert.Single(TokenReader.Read(new SwedishAnalyzer(), ParagraphFields.Text, word)).Term;
        Assert.Equal(baseForm, Lemmas(compound)[0]);
    }

    [Theory]
    [InlineData("verksamheten")]
    [InlineData("personalen")]
    [InlineData("kommunerna")]
    [InlineData("organisationen")]
    [InlineData("patienter")]
    [InlineData("utbildning")]
    [InlineData("undersökningen")]
    [InlineData("parkering")]
    [InlineData("diskett")]
    [InlineData("kultur")] // no "kul" + "tur"
    [InlineData("landskapet")] // no "lands" + "kap"
    [InlineData("medlemskap")]
    [InlineData("heller")] // no "hel" + "ler" (of "lera")
    [InlineData("bensin")]
    [InlineData("partikel")]
    [InlineData("timmer")]
    [InlineData("bantas")] // no "bana" + "tas" (of "ta"): "banta" ends in no part of three letters
    [InlineData("mattas")]
    [InlineData("ekologiska")] // no "eko" + "logisk"
    [InlineData("psykologisk")] // no "psyke" + "ologisk" (illogical)
    [InlineData("fortfarande")] // "fort-" is a verb particle: no "fort" + "farande" (of "fara")
    [InlineData("fortsätter")]
    [InlineData("fortsättningen")]
    [InlineData("ångest")] // no "Ånge" (a place) + "est" (an Estonian)
    [InlineData("ångesten")]
    public void Words_that_are_not_compounds_stay_whole(string word) => Assert.Empty(Parts(word));

    // The uninflected ending of three letters is no bar when it is written as its base form.
    [Theory]
    [InlineData("miljöbil", new[] { "miljö", "bil" })]
    [InlineData("sjukhus", new[] { "sjuk", "hus" })]
    public void A_short_last_part_written_as_its_base_form_splits(string word, string[] parts) => Assert.Equal(parts, Parts(word));

    // "led", "sken", "skred" are nouns the dictionary lists with inflections of their own, and also spell the past of
    // "lida", "skina", "skrida": a compound ends in the noun.
    [Theory]
    [InlineData("knäled", "led")]
    [InlineData("solsken", "sken")]
    [InlineData("jordskred", "skred")]
    public void A_last_part_listed_as_a_word_is_that_word(string word, string lastPart) =>
        Assert.Equal(lastPart, Decompounder.Split(word)[^1].Lemma);

    // "hyres-" is made of a stem "hyr" the dictionary lists for it; the part's term is what "hyra" is searched by.
    [Fact]
    public void A_linking_form_of_a_stem_listed_for_compounds_meets_its_word()
    {
        var analyzer = new SwedishAnalyzer();
        var word = Assert.Single(TokenReader.Read(analyzer, ParagraphFields.Text, "hyra")).Term;
        Assert.Contains(word, TokenReader.Read(analyzer, ParagraphFields.TextParts, "hyresrätten").Select(t => t.Term));
    }

    // Each of these has a spelling that splits into two dictionary words ("stat" + "liga", "myndig" + "heter",
    // "journal" + "ister"), but the word is a form of a word whose ending no such part is.
    [Theory]
    [InlineData("statliga")]
    [InlineData("myndigheter")]
    [InlineData("journalister")]
    [InlineData("arbetslösa")]
    public void An_inflected_word_does_not_split_where_its_last_part_would_inflect_otherwise(string word) => Assert.Empty(Parts(word));

    [Theory]
    [InlineData("handling")]
    [InlineData("värderingar")]
    [InlineData("servering")]
    [InlineData("kombinationen")]
    public void A_noun_made_of_a_verb_that_does_not_split_stays_whole(string word) => Assert.Empty(Parts(word));

    [Theory]
    [InlineData("kartläggning", new[] { "kart", "läggning" })]
    [InlineData("handläggare", new[] { "hand", "läggare" })]
    public void A_noun_made_of_a_compound_verb_splits_as_the_verb_does(string word, string[] parts) => Assert.Equal(parts, Parts(word));

    [Theory]
    [InlineData("handlägger", new[] { "hand", "lägger" })]
    [InlineData("fickpengar", new[] { "fick", "pengar" })]
    [InlineData("sjukvården", new[] { "sjuk", "vården" })]
    [InlineData("medlemsländerna", new[] { "medlems", "länderna" })] // an irregular head: "länderna" → land
    [InlineData("storstäder", new[] { "stor", "städer" })]
    [InlineData("anhängiggjorde", new[] { "anhängig", "gjorde" })] // "gjorde" → göra
    public void An_inflected_compound_splits_where_its_last_part_inflects_as_it_does(string word, string[] parts) =>
        Assert.Equal(parts, Parts(word));

    // A name is no compound, unless it is an institution named by a definite common noun, a common noun a name
    // begins, or a name a word narrows.
    [Theory]
    [InlineData("damberg", new string[0])]
    [InlineData("björklund", new string[0])]
    [InlineData("stockholms", new string[0])]
    [InlineData("blekinge", new string[0])]
    [InlineData("trafikverket", new[] { "trafik", "verket" })]
    [InlineData("europaparlamentet", new[] { "europa", "parlamentet" })]
    [InlineData("västeuropa", new[] { "väst", "europa" })]
    [InlineData("storstockholm", new[] { "stor", "stockholm" })]
    public void A_name_splits_only_where_its_parts_name_what_it_is(string word, string[] parts) => Assert.Equal(parts, Parts(word));

    // "-lek" after an adjective names its measure; after a noun it is the word play.
    [Theory]
    [InlineData("storlek", new string[0])]
    [InlineData("storlekarna", new string[0])]
    [InlineData("tjocklek", new string[0])]
    [InlineData("befolkningsstorlek", new[] { "befolknings", "storlek" })]
    [InlineData("barnlek", new[] { "barn", "lek" })]
    [InlineData("ordlekar", new[] { "ord", "lekar" })]
    public void Lek_after_an_adjective_is_no_part(string word, string[] parts) => Assert.Equal(parts, Parts(word));

    [Theory]
    [InlineData("vårdplatsbristen", new[] { "vård", "vårdplats", "plats", "platsbrist", "brist" })]
    [InlineData("arbetsmarknadsutbildning", new[] { "arbete", "arbetsmarknad", "marknad", "marknadsutbildning", "utbildning" })]
    public void Components_are_every_run_of_adjacent_parts_as_base_forms(string word, string[] components) =>
        Assert.Equal(components, Decompounder.Components(word).Select(p => p.Lemma));

    [Fact]
    public void A_word_the_dictionary_does_not_know_splits_before_a_known_ending() =>
        Assert.Equal(["corona", "pandemin"], Parts("coronapandemin"));

    [Fact]
    public void Shared_endings_of_an_ellipsis_are_the_last_part_and_the_rest_after_the_first_part() =>
        Assert.Equal(["lagen", "vårdslagen"], Decompounder.SharedEndings("sjukvårdslagen"));

    // One decompounder keeps the cover it found from each position of a word in arrays it reuses for the next word
    // (stamped per split, not cleared); a stale step would hand a part of an earlier word to the next one.
    [Fact]
    public void A_split_does_not_depend_on_the_words_split_before_it()
    {
        string[] words =
        [
            "arbetsmarknadsutbildningarna", "vårdplatsbrist", "korridorvård", "sjukskrivningsprocessen", "hälsoundersökningar",
            "coronapandemin", "tågtunnlar", "verksamheten", "ambulanshelikopterflotta", "vårdplatsbristen", "personalbristen",
        ];
        var shared = new Decompounder(SwedishLexicon.Default);
        foreach (var word in words.Concat(words.Reverse().Select(w => w + "s")))
        {
            var fresh = new Decompounder(SwedishLexicon.Default);
            Assert.Equal(fresh.Split(word), shared.Split(word));
            Assert.Equal(fresh.Components(word), shared.Components(word));
            Assert.Equal(fresh.SharedEndings(word), shared.SharedEndings(word));
        }
    }
}
