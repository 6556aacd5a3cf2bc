using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using SearchService.Core.Analysis;
using SearchService.Core.Indexing;
using SearchService.Core.Search.Queries;

namespace SearchService.Core.Tests.Search.Queries;

public class DiacriticRestorationsTests
{
    [Fact]
    public void Finds_the_terms_the_typed_term_is_a_diacritic_less_spelling_of_fewest_restored_letters_first()
    {
        using var reader = ReaderOf("överbeläggning", "överbelaggning", "vårdplats", "vardag", "vardplats", "overbelaggningar");

        Assert.Equal(["överbelaggning", "överbeläggning"], DiacriticRestorations.Find(reader, "t", "overbelaggning", 5));
        Assert.Equal(["överbelaggning"], DiacriticRestorations.Find(reader, "t", "overbelaggning", 1));
        Assert.Equal(["vårdplats"], DiacriticRestorations.Find(reader, "t", "vardplats", 5));
        Assert.Empty(DiacriticRestorations.Find(reader, "t", "vardag", 5));
    }

    [Fact]
    public void Finds_spellings_without_the_diacritics_of_a_word_typed_with_them()
    {
        using var reader = ReaderOf("sjukvård", "sjukvard", "sjukvärd", "sjukvardar");

        Assert.Equal(["sjukvard", "sjukvärd"], DiacriticRestorations.Find(reader, "t", "sjukvård", 5));
        Assert.Equal(["sjukvärd", "sjukvård"], DiacriticRestorations.Find(reader, "t", "sjukvard", 5)); // equally near and frequent: ordinal order
    }

    [Fact]
    public void Restores_more_letters_than_a_two_edit_search_would_reach()
    {
        using var reader = ReaderOf("äöåäö");

        Assert.Equal(["äöåäö"], DiacriticRestorations.Find(reader, "t", "aoaao", 5));
        Assert.Equal("aoaao", DiacriticFolding.Fold("äöåäö"));
    }

    [Fact]
    public void A_word_asked_again_in_another_index_finds_that_index_terms_through_the_kept_automaton()
    {
        using var first = ReaderOf("kvällsöppning");
        using var second = ReaderOf("kvallsöppning", "kvällsoppning");

        Assert.Equal(["kvällsöppning"], DiacriticRestorations.Find(first, "t", "kvallsoppning", 5));
        Assert.Equal(["kvallsöppning", "kvällsoppning"], DiacriticRestorations.Find(second, "t", "kvallsoppning", 5));
        Assert.Equal(["kvällsoppning"], DiacriticRestorations.Find(second, "t", "kvallsöppning", 5));
    }

    [Fact]
    public void A_term_without_foldable_letters_or_a_missing_field_finds_nothing()
    {
        using var reader = ReaderOf("krypt");

        Assert.Empty(DiacriticRestorations.Find(reader, "t", "krypt", 5));
        Assert.Empty(DiacriticRestorations.Find(reader, "missing", "vardplats", 5));
    }

    private static DirectoryReader ReaderOf(params string[] terms)
    {
        var directory = new RAMDirectory();
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneInfo.Version, new Lucene.Net.Analysis.Core.KeywordAnalyzer())))
        {
            foreach (var term in terms)
            {
                writer.AddDocument(new Document { new StringField("t", term, Field.Store.NO) });
            }
        }
        return DirectoryReader.Open(directory);
    }
}
