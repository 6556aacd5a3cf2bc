using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using SearchService.Core.Indexing;
using SearchService.Core.Search.Queries;
using SearchService.Core.Search;

namespace SearchService.Core.Tests.Search.Queries;

// Issue 17, item 3: near spellings from cached automata, and no lookup at all where runs of letters rule it out.
public class VocabularyNeighboursTests(SeedIndexFixture seeds) : IClassFixture<SeedIndexFixture>
{
    [Fact]
    public async Task Near_spellings_are_the_nearest_Lucene_finds_for_typos_and_made_up_words_alike()
    {
        using var lease = seeds.Index.Acquire();
        var reader = lease.Searcher.IndexReader;
        await VocabularyGrams.Ready(reader, ParagraphFields.TextWords);
        var random = new Random(17);
        var words = IndexWords(reader).Where(w => w.Length >= VocabularyNeighbours.OneEditLength).OrderBy(_ => random.Next()).Take(150).ToList();
        // Typos of one and two edits (the check must never rule out a word that has near spellings),
        // and letters at random (which it should).
        var asked = words.Select(w => Typo(random, w, 1)).Concat(words.Select(w => Typo(random, w, 2)))
            .Concat(Enumerable.Range(0, 100).Select(_ => RandomLetters(random, random.Next(6, 20))))
            .Where(w => w.Length is >= VocabularyNeighbours.OneEditLength and <= NeighbourBudget.MaxWordLength).ToList();

        var skipped = 0;
        foreach (var word in asked)
        {
            foreach (var prefix in new[] { 0, 1 })
            {
                var budget = new NeighbourBudget();
                var found = VocabularyNeighbours.Find(reader, ParagraphFields.TextWords, word, int.MaxValue, prefixLength: prefix, budget: budget);
                Assert.Equal(string.Join(" ", LuceneNeighbours(reader, word, prefix)) + $" ({word}, prefix {prefix})", string.Join(" ", found.Select(n => n.Term).Order(StringComparer.Ordinal)) + $" ({word}, prefix {prefix})");
                skipped += budget.Skipped;
            }
        }
        Assert.True(skipped > 100, $"only {skipped} lookups ruled out");
    }

    [Fact]
    public void A_word_longer_than_the_automata_is_found_by_its_end()
    {
        using var texts = new IndexOfTexts(("long.txt", ["Arbetsmarknadsutbildningarna ska bli fler."]));
        using var lease = texts.Index.Acquire();
        var reader = lease.Searcher.IndexReader;
        const string word = "arbetsmarknadsutbildningarna";
        Assert.True(word.Length > NeighbourBudget.MaxWordLength + 2);

        var typoAtTheEnd = VocabularyNeighbours.Find(reader, ParagraphFields.TextWords, "arbetsmarknadsutbildnignarna", 5, budget: new NeighbourBudget());
        // The letters before its last MaxWordLength stand as written.
        var typoAtTheStart = VocabularyNeighbours.Find(reader, ParagraphFields.TextWords, "abretsmarknadsutbildningarna", 5, budget: new NeighbourBudget());

        Assert.Equal([word], typoAtTheEnd.Select(n => n.Term));
        Assert.Empty(typoAtTheStart);
    }

    [Fact]
    public void A_word_asked_again_builds_no_automaton()
    {
        var first = LevenshteinAutomatonCache.For("vårdplaster", 2, 1);

        Assert.Same(first, LevenshteinAutomatonCache.For("vårdplaster", 2, 1));
        Assert.NotSame(first, LevenshteinAutomatonCache.For("vårdplaster", 2, 0));
    }

    [Fact]
    public async Task Runs_of_letters_bound_the_edits_from_below()
    {
        using var lease = seeds.Index.Acquire();
        var reader = lease.Searcher.IndexReader;
        await VocabularyGrams.Ready(reader, ParagraphFields.TextWords);

        Assert.Equal(0, VocabularyGrams.LeastEdits(reader, ParagraphFields.TextWords, "vårdplatser"));
        Assert.True(VocabularyGrams.LeastEdits(reader, ParagraphFields.TextWords, "vårdplaster") <= 1);
        Assert.True(VocabularyGrams.LeastEdits(reader, ParagraphFields.TextWords, "xqzkvwxqzkvwxqz") > 2);
        Assert.False(VocabularyGrams.NoneFoldsTo(reader, ParagraphFields.TextWords, "vardplatser"));
        Assert.True(VocabularyGrams.NoneFoldsTo(reader, ParagraphFields.TextWords, "vardplatserq"));
    }

    // What Lucene's own fuzzy enumeration finds, the reference the automata and the check must agree with.
    // Lucene's fuzzy terms of the word, the nearest only: within one edit, or when there are none, within the allowed.
    private static List<string> LuceneNeighbours(IndexReader reader, string word, int prefix)
    {
        var found = new List<string>();
        for (var edits = 1; edits <= VocabularyNeighbours.AllowedEdits(word.Length) && found.Count == 0; edits++)
        {
            var terms = new FuzzyTermsEnum(MultiFields.GetTerms(reader, ParagraphFields.TextWords), new AttributeSource(), new Term(ParagraphFields.TextWords, word), edits, prefix, true);
            while (terms.MoveNext())
            {
                var term = terms.Term.Utf8ToString();
                if (term != word)
                {
                    found.Add(term);
                }
            }
        }
        return [.. found.Order(StringComparer.Ordinal)];
    }

    private static List<string> IndexWords(IndexReader reader)
    {
        var words = new List<string>();
        var terms = MultiFields.GetTerms(reader, ParagraphFields.TextWords).GetEnumerator();
        while (terms.MoveNext())
        {
            words.Add(terms.Term.Utf8ToString());
        }
        return words;
    }

    private static string Typo(Random random, string word, int edits)
    {
        for (var i = 0; i < edits && word.Length > 2; i++)
        {
            var at = random.Next(word.Length - 1);
            word = random.Next(4) switch
            {
                0 => word.Remove(at, 1),
                1 => word.Insert(at, RandomLetters(random, 1)),
                2 => word[..at] + RandomLetters(random, 1) + word[(at + 1)..],
                _ => word[..at] + word[at + 1] + word[at] + word[(at + 2)..],
            };
        }
        return word;
    }

    private static string RandomLetters(Random random, int length) =>
        new(Enumerable.Range(0, length).Select(_ => "abcdefghijklmnoprstuvyåäö"[random.Next(25)]).ToArray());
}
