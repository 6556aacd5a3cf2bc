using System.Text;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Codecs;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using SearchService.Core.Indexing;
using SearchService.Tests;

namespace SearchService.Core.Tests.Indexing;

// Every stored value must read back exactly as written, by value and by type, through every path a segment takes:
// a small segment (no dictionary), one whose dictionary is trained on its held-back documents at the end, one that
// trains at the threshold and streams on, a merge with deletions, and an index that still holds segments of the
// previous (deflate) codec. A changed byte in the stored data must be found.
public sealed class ParagraphStoredFieldsFormatTests : IDisposable
{
    private readonly TemporaryFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Theory]
    [InlineData(20)] // a few KB: no dictionary
    [InlineData(400)] // ~150 KB: a dictionary trained at the end
    [InlineData(4_000)] // past TrainingBytes: trained at the threshold, then streamed
    public void Every_field_of_every_document_reads_back_as_written(int documents)
    {
        var written = Documents(documents, seed: documents);
        using var directory = FSDirectory.Open(Path.Combine(folder.Path, "index"));
        Write(directory, new ParagraphCodec(), written);

        using var reader = DirectoryReader.Open(directory);
        Assert.All(reader.Leaves, leaf => Assert.Equal("SearchService2", ((SegmentReader)leaf.AtomicReader).SegmentInfo.Info.Codec.Name));
        AssertHolds(reader, written);
        Assert.True(new CheckIndex(directory).DoCheckIndex().Clean);
    }

    [Fact]
    public void A_merge_of_segments_with_deleted_documents_keeps_the_others_exactly()
    {
        var written = Documents(1_500, seed: 3);
        using var directory = FSDirectory.Open(Path.Combine(folder.Path, "index"));
        using (var writer = Writer(directory, new ParagraphCodec(), maxBufferedDocs: 200))
        {
            foreach (var document in written)
            {
                writer.AddDocument(document);
            }
            writer.Commit();
            writer.DeleteDocuments(new Term("id", "7"), new Term("id", "800"), new Term("id", "1499"));
            writer.ForceMerge(1);
        }

        using var reader = DirectoryReader.Open(directory);
        Assert.Single(reader.Leaves);
        AssertHolds(reader, [.. written.Where(d => d.Get("id") is not ("7" or "800" or "1499"))]);
        Assert.True(new CheckIndex(directory).DoCheckIndex().Clean);
    }

    [Fact]
    public void Segments_of_the_deflate_codec_stay_readable_and_merge_into_the_new_one()
    {
        var older = Documents(300, seed: 11);
        var newer = Documents(300, seed: 12, firstId: 300);
        using var directory = FSDirectory.Open(Path.Combine(folder.Path, "index"));
        Write(directory, new DeflateParagraphCodec(), older);
        using (var writer = Writer(directory, new ParagraphCodec(), maxBufferedDocs: 1_000, create: false))
        {
            foreach (var document in newer)
            {
                writer.AddDocument(document);
            }
            writer.Commit();
            using (var mixed = DirectoryReader.Open(directory))
            {
                Assert.Equal(["SearchService1", "SearchService2"], mixed.Leaves.Select(l => ((SegmentReader)l.AtomicReader).SegmentInfo.Info.Codec.Name).Order());
                AssertHolds(mixed, [.. older, .. newer]);
            }
            writer.ForceMerge(1);
        }

        using var reader = DirectoryReader.Open(directory);
        Assert.Equal("SearchService2", ((SegmentReader)Assert.Single(reader.Leaves).AtomicReader).SegmentInfo.Info.Codec.Name);
        AssertHolds(reader, [.. older, .. newer]);
    }

    [Fact]
    public void A_changed_byte_in_the_stored_paragraphs_is_found()
    {
        var path = Path.Combine(folder.Path, "index");
        using (var directory = FSDirectory.Open(path))
        {
            Write(directory, new ParagraphCodec(), Documents(400, seed: 5));
        }
        var data = System.IO.Directory.GetFiles(path, "*.fdt").Single();
        var bytes = File.ReadAllBytes(data);
        bytes[bytes.Length / 2] ^= 0x5A;
        File.WriteAllBytes(data, bytes);

        using var corrupted = FSDirectory.Open(path);
        var output = new StringWriter();
        var check = new CheckIndex(corrupted);
        check.InfoStream = output;
        Assert.False(check.DoCheckIndex().Clean, output.ToString());
    }

    private static void Write(Lucene.Net.Store.Directory directory, Codec codec, IReadOnlyList<Document> documents)
    {
        using var writer = Writer(directory, codec, maxBufferedDocs: 100_000);
        foreach (var document in documents)
        {
            writer.AddDocument(document);
        }
        writer.Commit();
    }

    private static IndexWriter Writer(Lucene.Net.Store.Directory directory, Codec codec, int maxBufferedDocs, bool create = true) =>
        new(directory, new IndexWriterConfig(LuceneInfo.Version, new KeywordAnalyzer())
        {
            Codec = codec,
            OpenMode = create ? OpenMode.CREATE : OpenMode.APPEND,
            MaxBufferedDocs = maxBufferedDocs,
            RAMBufferSizeMB = IndexWriterConfig.DISABLE_AUTO_FLUSH,
            UseCompoundFile = false,
        });

    // Documents by their "id" field; each stored field compared by name, order, type and value.
    private static void AssertHolds(IndexReader reader, IReadOnlyList<Document> expected)
    {
        var byId = expected.ToDictionary(d => d.Get("id"));
        var live = MultiFields.GetLiveDocs(reader);
        var seen = 0;
        for (var doc = 0; doc < reader.MaxDoc; doc++)
        {
            if (live is not null && !live.Get(doc))
            {
                continue;
            }
            var actual = reader.Document(doc);
            var want = byId[actual.Get("id")];
            Assert.Equal(Stored(want), Stored(actual));
            seen++;
        }
        Assert.Equal(expected.Count, seen);
    }

    private static List<string> Stored(Document document) =>
        [.. document.Fields.Where(f => f.IndexableFieldType.IsStored).Select(f => $"{f.Name}={Value(f)}")];

    private static string Value(IIndexableField field) => field.NumericType switch
    {
        NumericFieldType.INT32 => $"i{field.GetInt32Value()}",
        NumericFieldType.INT64 => $"l{field.GetInt64Value()}",
        NumericFieldType.SINGLE => $"f{field.GetSingleValue():R}",
        NumericFieldType.DOUBLE => $"d{field.GetDoubleValue():R}",
        _ when field.GetBinaryValue() is { } binary => "b" + Convert.ToHexString(binary.Bytes, binary.Offset, binary.Length),
        _ => "s" + field.GetStringValue(),
    };

    // Paragraph-like documents: adjacent ones share a title, as a document's paragraphs do; every stored type, an
    // empty string, a field stored twice, letters outside ASCII and outside the basic plane.
    private static List<Document> Documents(int count, int seed, int firstId = 0)
    {
        var random = new Random(seed);
        var text = File.ReadAllText(RepositoryPaths.Seed("002"), Encoding.UTF8);
        var documents = new List<Document>(count);
        for (var i = 0; i < count; i++)
        {
            var start = random.Next(text.Length - 600);
            var document = new Document
            {
                new StringField("id", (firstId + i).ToString(System.Globalization.CultureInfo.InvariantCulture), Field.Store.YES),
                new StoredField("title", $"Dokument {(firstId + i) / 6} om vårdplatser"),
                new StoredField("text", text.Substring(start, random.Next(0, 600)) + (i % 17 == 0 ? " 🏥 Ω" : "")),
                new StoredField("number", random.Next(int.MinValue, int.MaxValue)),
                new StoredField("big", random.NextInt64(long.MinValue, long.MaxValue)),
                new StoredField("share", (float)random.NextDouble()),
                new StoredField("weight", random.NextDouble() * 1e9),
                new StoredField("empty", ""),
            };
            if (i % 5 == 0)
            {
                var bytes = new byte[random.Next(0, 40)];
                random.NextBytes(bytes);
                document.Add(new StoredField("raw", bytes));
                document.Add(new StoredField("region", "Skåne"));
                document.Add(new StoredField("region", "Västra Götaland"));
            }
            documents.Add(document);
        }
        return documents;
    }
}
