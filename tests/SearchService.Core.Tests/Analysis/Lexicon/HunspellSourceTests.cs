using SearchService.Core.Analysis;
using SearchService.Core.Analysis.Lexicon;
using SearchService.Tests;

namespace SearchService.Core.Tests.Analysis.Lexicon;

// The generator on a small Hunspell dictionary written in the shape of sv_SE's: suffix classes, compound
// position flags, a linking form made by a suffix with continuation flags, a bound form listed on its own.
public sealed class HunspellSourceTests : IDisposable
{
    private const string Affixes = """
        SET UTF-8
        FORBIDDENWORD %
        NEEDAFFIX ¤
        COMPOUNDBEGIN X
        COMPOUNDMIDDLE U
        COMPOUNDEND Y
        ONLYINCOMPOUND Z
        # Plural -ar, definite -en
        SFX G Y 3
        SFX G 0 ar [^ae]
        SFX G 0 arna [^ae]
        SFX G a or a
        SFX D Y 1
        SFX D 0 en [^a]
        # Linking -s, only in compounds
        SFX v N 1
        SFX v 0 s/WXZ .
        # A verb's linking form (kriga: krigs-), a noun in -a's linking e and definite -n (rättvisa: rättvise-, rättvisan)
        SFX f N 1
        SFX f a s/WXZ a
        SFX y N 1
        SFX y a e/WXZ a
        SFX E Y 1
        SFX E 0 n a
        # A verb's agent noun made by a rule (lära: lärare), whose linking form the dictionary lists alone (lärar-)
        SFX R Y 2
        SFX R 0 re a
        SFX R 0 rna a
        """;

    private const string Entries = """
        17
        plats/GDXY
        vård/DvXY
        arbets/UXZ
        arbete/Y
        fel/%
        skola/GY
        krig/DY
        kriga/f
        rättvis/Y
        rättvisa/EyY
        fjärr/XZ
        fjära/Y
        lära/R
        lärar/UXZ
        Damberg/D
        lund/GD
        Lund/D
        """;

    private readonly TemporaryFolder folder = new();

    public void Dispose() => folder.Dispose();

    private SwedishLexicon Convert()
    {
        File.WriteAllText(Path.Combine(folder.Path, "sv.aff"), Affixes);
        File.WriteAllText(Path.Combine(folder.Path, "sv.dic"), Entries);
        var (entries, rules) = HunspellSource.Convert(Path.Combine(folder.Path, "sv.aff"), Path.Combine(folder.Path, "sv.dic"), folder.Path);
        Assert.Equal((15, 10), (entries, rules));
        return SwedishLexicon.Load(folder.Path);
    }

    [Fact]
    public void Inflected_forms_are_read_back_to_their_entry_and_forbidden_words_are_left_out()
    {
        var lexicon = Convert();
        Assert.Equal("plats", lexicon.Lemma("platsarna"));
        Assert.Equal("skola", lexicon.Lemma("skolor"));
        Assert.Equal("vård", lexicon.Lemma("vården"));
        Assert.Null(lexicon.Lemma("fel"));
    }

    [Fact]
    public void A_word_the_dictionary_writes_only_capitalised_is_a_name()
    {
        var lexicon = Convert();
        Assert.True(lexicon.IsName("damberg"));
        Assert.Equal("damberg", lexicon.Lemma("dambergen")); // still read as a word
        Assert.False(lexicon.IsName("lund")); // a grove as well as a town
        Assert.False(lexicon.IsName("plats"));
        Assert.False(lexicon.IsName("okänd"));
    }

    [Fact]
    public void Linking_forms_begin_compounds_and_stand_for_their_free_word()
    {
        var lexicon = Convert();
        Assert.Equal("vård", lexicon.BeginLemma("vårds"));
        Assert.Equal("arbete", lexicon.BeginLemma("arbets"));
        Assert.Null(lexicon.Lemma("arbets"));
        var parts = new Decompounder(lexicon).Split("arbetsplatsarna");
        Assert.Equal([("arbets", "arbete"), ("platsarna", "plats")], parts.Select(p => ("arbetsplatsarna".Substring(p.Start, p.Length), p.Lemma)));
    }

    [Fact]
    public void A_linking_form_the_dictionary_gives_a_verb_stands_for_the_noun_spelled_without_its_linking_letter()
    {
        var lexicon = Convert();
        // "krigs" comes only from the verb's flags, but "krigsbrott" is a crime of war.
        Assert.Equal("krig", lexicon.BeginLemma("krigs"));
        // A noun in -a links with its own e: "rättvise" is of "rättvisa", not the adjective "rättvis".
        Assert.Equal("rättvisa", lexicon.BeginLemma("rättvise"));
        // A bound form ending in a consonant is no word with that consonant changed: "fjärr" (fjärrvärme) is no "fjära".
        Assert.Equal("fjärr", lexicon.BeginLemma("fjärr"));
    }

    [Fact]
    public void A_bound_form_of_a_word_made_by_a_rule_stands_for_that_words_base_form()
    {
        var lexicon = Convert();
        // "lärare" is no entry but a word the rule makes of "lära", and a search for it looks for "lärare".
        Assert.Equal(lexicon.Lemma("lärare"), lexicon.BeginLemma("lärar"));
        Assert.Equal("lärare", lexicon.BeginLemma("lärar"));
    }

    [Fact]
    public void A_verbs_agent_noun_is_a_word_of_its_own()
    {
        var lexicon = Convert();
        // "lärare" (a teacher) is not "lära" (to learn).
        Assert.Equal("lärare", lexicon.Lemma("lärare"));
        Assert.Equal("lärare", lexicon.Lemma("lärarna"));
        Assert.Equal("lära", lexicon.Lemma("lära"));
    }

    [Fact]
    public void A_lexicon_whose_entries_are_listed_out_of_order_reads_the_same()
    {
        Convert();
        var path = Path.Combine(folder.Path, LexiconFiles.Entries);
        var lines = File.ReadAllLines(path);
        File.WriteAllLines(path, [.. lines.Where(l => l.StartsWith('#')), .. lines.Where(l => !l.StartsWith('#')).Reverse()]);

        var lexicon = SwedishLexicon.Load(folder.Path);
        Assert.Equal("plats", lexicon.Lemma("platsarna"));
        Assert.Equal("skola", lexicon.Lemma("skolor"));
        Assert.Equal("vård", lexicon.EndLemma("vården"));
        Assert.Null(lexicon.Lemma("platsor"));
    }

    [Fact]
    public void The_files_carry_the_licence_header_and_regenerate_identically()
    {
        Convert();
        var first = File.ReadAllText(Path.Combine(folder.Path, LexiconFiles.Entries));
        Assert.StartsWith("# Derived from Den stora svenska ordlistan", first, StringComparison.Ordinal);
        Convert();
        Assert.Equal(first, File.ReadAllText(Path.Combine(folder.Path, LexiconFiles.Entries)));
    }
}
