using System.Globalization;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using SearchService.Core.Indexing;
using SearchService.Core.Search;
using SearchService.Core.Search.Queries;

namespace SearchService.Core.Tests.Search.Queries;

// Issue 13, finding 1: a query's terms are sought per segment only where the segment's letter runs allow them,
// with one enumerator per segment and field, and a reader's merged terms and field statistics are read once.
// None of that may change a figure or a hit.
public sealed class QueryTermsTests : IDisposable
{
    private static readonly string[] Fields = [ParagraphFields.Text, ParagraphFields.TextWords, ParagraphFields.Section];
    private static readonly string[] Words = ["vårdplatser", "vårdplats", "personalbrist", "region", "skåne", "budget", "sjukhus", "tolk"];

    private readonly RAMDirectory directory = new();
    private readonly DirectoryReader reader;

    public QueryTermsTests()
    {
        // Five segments; some words are only written in some of them, so a term is found in some segments and
        // ruled out (or sought in vain) in the others.
        var random = new Random(13);
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneInfo.Version, new WhitespaceAnalyzer(LuceneInfo.Version))))
        {
            for (var i = 0; i < 1_000; i++)
            {
                var segment = i / 200;
                var document = new Document { new StringField("id", i.ToString(CultureInfo.InvariantCulture), Field.Store.NO) };
                foreach (var field in Fields)
                {
                    var words = Enumerable.Range(0, random.Next(0, 6)).Select(_ => Words[random.Next(segment + 4)]);
                    document.Add(new TextField(field, string.Join(' ', words), Field.Store.NO));
                }
                writer.AddDocument(document);
                if (i % 200 == 199)
                {
                    writer.Commit();
                }
            }
            writer.DeleteDocuments(new Term("id", "7"), new Term("id", "650"));
        }
        reader = DirectoryReader.Open(directory);
    }

    // Segment s writes the first s + 4 words: "tolk" only in the last, "sjukhus" in the last two.
    public static TheoryData<string> Asked => new()
    {
        "vårdplatser", // in every segment
        "tolk", // only in the last segment
        "sjukhus", // in the last two
        "vårdplat", // every run of letters but its end is in the vocabulary: sought, not found
        "kjptsvrmgl", // made up: ruled out by its runs of letters
        "å", // too short to have a run of four: sought
    };

    [Theory]
    [MemberData(nameof(Asked))]
    public async Task A_terms_figures_and_hits_are_Lucenes_whether_a_segment_is_sought_or_ruled_out(string word)
    {
        var searcher = new IndexSearcher(reader);
        foreach (var field in Fields)
        {
            await VocabularyGrams.Ready(reader, field);
            var term = new Term(field, word);
            var lucene = TermContext.Build(reader.Context, term);
            var terms = new QueryTerms(reader);

            Assert.Equal(lucene.DocFreq, terms.DocFreq(field, word));
            var ours = searcher.Search(terms.Query(field, word), 2_000);
            var theirs = searcher.Search(new TermQuery(term), 2_000);
            Assert.Equal(theirs.TotalHits, ours.TotalHits);
            Assert.Equal(theirs.ScoreDocs.Select(d => (d.Doc, d.Score)), ours.ScoreDocs.Select(d => (d.Doc, d.Score)));
        }
    }

    // A query plan's searches share what its build read (QueryPlans): each positions enumerators of its own, so
    // two searches at once never move each other's, and none seeks a term the build read again.
    [Fact]
    public void A_copy_for_another_search_shares_the_builds_states_and_positions_its_own_enumerators()
    {
        var built = new QueryTerms(reader);
        var (term, field) = (new Term(ParagraphFields.Text, "vårdplatser"), ParagraphFields.Text);
        Assert.Equal(TermContext.Build(reader.Context, term).DocFreq, built.DocFreq(field, "vårdplatser"));
        var copy = new QueryTerms(built);
        var (mine, theirs) = ((SearchService.Core.Search.Scoring.ITermLookup)copy, (SearchService.Core.Search.Scoring.ITermLookup)built);
        foreach (var leaf in reader.Leaves)
        {
            var (a, b) = (mine.Positioned(leaf, term), theirs.Positioned(leaf, term));
            Assert.NotNull(a);
            Assert.NotSame(a, b);
            Assert.Equal(b!.DocFreq, a!.DocFreq);
            Assert.Equal(b.Term, a.Term);
        }
        Assert.Equal(built.DocFreq(field, "tolk"), copy.DocFreq(field, "tolk"));
    }

    [Fact]
    public async Task A_made_up_word_is_ruled_out_in_every_segment_and_a_word_of_the_index_in_none_that_holds_it()
    {
        await VocabularyGrams.Ready(reader, ParagraphFields.Text);
        var madeUp = VocabularyGrams.FourLetterRuns("kjptsvrmgl");
        var held = VocabularyGrams.FourLetterRuns("vårdplatser");

        Assert.Equal(5, reader.Leaves.Count);
        Assert.All(reader.Leaves, leaf => Assert.True(VocabularyGrams.Lacks(leaf.AtomicReader, ParagraphFields.Text, madeUp)));
        Assert.All(reader.Leaves, leaf => Assert.False(VocabularyGrams.Lacks(leaf.AtomicReader, ParagraphFields.Text, held)));
        // "tolk" is written in the last segment only; the first lacks its runs.
        Assert.True(VocabularyGrams.Lacks(reader.Leaves[0].AtomicReader, ParagraphFields.Text, VocabularyGrams.FourLetterRuns("tolk")));
    }

    [Fact]
    public void The_searchers_field_statistics_and_merged_terms_are_Lucenes()
    {
        var lucene = new IndexSearcher(reader);
        var ours = new IndexVocabulary.Searcher(reader);
        foreach (var field in Fields.Append("absent"))
        {
            for (var ask = 0; ask < 2; ask++)
            {
                var (expected, actual) = (lucene.CollectionStatistics(field), ours.CollectionStatistics(field));
                Assert.Equal((expected.MaxDoc, expected.DocCount, expected.SumDocFreq, expected.SumTotalTermFreq),
                    (actual.MaxDoc, actual.DocCount, actual.SumDocFreq, actual.SumTotalTermFreq));
            }
            var merged = MultiFields.GetTerms(reader, field);
            Assert.Equal(merged?.SumDocFreq, IndexVocabulary.Terms(reader, field)?.SumDocFreq);
            Assert.Same(IndexVocabulary.Terms(reader, field), IndexVocabulary.Terms(reader, field));
        }
    }

    public void Dispose()
    {
        reader.Dispose();
        directory.Dispose();
    }
}
