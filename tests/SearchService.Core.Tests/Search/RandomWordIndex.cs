using System.Globalization;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using SearchService.Core.Indexing;

namespace SearchService.Core.Tests.Search;

/// <summary>
/// A small in-memory index of random words in three fields, over several segments and with deleted
/// documents, for comparing our scorers with Lucene's.
/// </summary>
public sealed class RandomWordIndex : IDisposable
{
    public static readonly string[] Fields = ["a", "b", "c"];
    public static readonly string[] Words = ["vård", "plats", "brist", "personal", "region", "skåne", "budget", "sjuk"];

    private readonly RAMDirectory directory = new();

    public RandomWordIndex()
    {
        var random = new Random(7);
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneInfo.Version, new WhitespaceAnalyzer(LuceneInfo.Version))))
        {
            for (var i = 0; i < 3_000; i++)
            {
                var document = new Document { new StringField("id", i.ToString(CultureInfo.InvariantCulture), Field.Store.NO) };
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
            writer.DeleteDocuments(new Term("id", "5"), new Term("id", "1500"), new Term("id", "2999"));
        }
        Reader = DirectoryReader.Open(directory);
    }

    public DirectoryReader Reader { get; }

    /// <summary>The hits of <paramref name="query"/> in document order; with <paramref name="other"/>, of the query
    /// in a conjunction with that word in field "a", which moves the query's scorer with Advance.</summary>
    public static List<ScoreDoc> Hits(IndexSearcher searcher, Query query, string? other)
    {
        var searched = other is null ? query : new BooleanQuery { { query, Occur.MUST }, { new TermQuery(new Term("a", other)), Occur.MUST } };
        return [.. searcher.Search(searched, 5_000).ScoreDocs.OrderBy(d => d.Doc)];
    }

    public void Dispose()
    {
        Reader.Dispose();
        directory.Dispose();
    }
}
