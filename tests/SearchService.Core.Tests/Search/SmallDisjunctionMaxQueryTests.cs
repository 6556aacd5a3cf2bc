using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using SearchService.Core.Indexing;
using SearchService.Core.Search;

namespace SearchService.Core.Tests.Search;

// The array scorer must match what Lucene's heap scorer matches and score it the same (up to the
// order in which floats are added), also when advanced inside a conjunction and with deletions.
public sealed class SmallDisjunctionMaxQueryTests : IDisposable
{
    private static readonly string[] Fields = ["a", "b", "c"];
    private static readonly string[] Words = ["vård", "plats", "brist", "personal", "region", "skåne", "budget", "sjuk"];
    private readonly RAMDirectory directory = new();
    private readonly DirectoryReader reader;

    public SmallDisjunctionMaxQueryTests()
    {
        var random = new Random(7);
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneInfo.Version, new WhitespaceAnalyzer(LuceneInfo.Version))))
        {
            for (var i = 0; i < 3_000; i++)
            {
                var document = new Document { new StringField("id", i.ToString(System.Globalization.CultureInfo.InvariantCulture), Field.Store.YES) };
                foreach (var field in Fields)
                {
                    var words = Enumerable.Range(0, random.Next(0, 6)).Select(_ => Words[random.Next(Words.Length)]);
                    document.Add(new TextField(field, string.Join(' ', words), Field.Store.NO));
                }
                writer.AddDocument(document);
                if (i % 700 == 699)
                {
                    writer.Commit();
                }
            }
            writer.DeleteDocuments(new Term("id", "5"), new Term("id", "1500"));
        }
        reader = DirectoryReader.Open(directory);
    }

    [Fact]
    public void Matches_and_scores_like_Lucenes_disjunction_max_query()
    {
        var searcher = new IndexSearcher(reader);
        var random = new Random(11);
        for (var round = 0; round < 200; round++)
        {
            var tieBreaker = (float)random.NextDouble() * 0.5f;
            var clauses = Enumerable.Range(0, random.Next(1, 6))
                .Select(_ => (Field: Fields[random.Next(Fields.Length)], Word: Words[random.Next(Words.Length)], Boost: 0.2f + (float)random.NextDouble()))
                .ToList();
            var other = random.Next(3) == 0 ? Words[random.Next(Words.Length)] : null;

            var expected = Hits(searcher, Build(new DisjunctionMaxQuery(tieBreaker), clauses), other);
            var actual = Hits(searcher, Build(new SmallDisjunctionMaxQuery(tieBreaker), clauses), other);

            Assert.Equal(expected.Select(h => h.Doc), actual.Select(h => h.Doc));
            Assert.All(expected.Zip(actual), p => Assert.Equal(p.First.Score, p.Second.Score, 1e-5f));
        }
    }

    private static Query Build(DisjunctionMaxQuery query, IEnumerable<(string Field, string Word, float Boost)> clauses)
    {
        foreach (var (field, word, boost) in clauses)
        {
            query.Add(new TermQuery(new Term(field, word)) { Boost = boost });
        }
        return query;
    }

    // With a second word the disjunction sits in a conjunction, which moves it with Advance.
    private static List<ScoreDoc> Hits(IndexSearcher searcher, Query disjunction, string? other)
    {
        var query = disjunction;
        if (other is not null)
        {
            query = new BooleanQuery { { disjunction, Occur.MUST }, { new TermQuery(new Term("a", other)), Occur.MUST } };
        }
        return [.. searcher.Search(query, 5_000).ScoreDocs.OrderBy(d => d.Doc)];
    }

    public void Dispose()
    {
        reader.Dispose();
        directory.Dispose();
    }
}
