using System.Runtime.CompilerServices;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using SearchService.Core.Indexing;
using SearchService.Tests;

namespace SearchService.Core.Tests.Indexing;

// MappedDirectory must read every value exactly as Lucene's IndexOutput wrote it, keep clones independent and
// readable for as long as they are reachable, and refuse reads past the end as Lucene's inputs do.
public sealed class MappedDirectoryTests
{
    private static readonly int[] Ints = [0, 1, 127, 128, 16_383, 16_384, 1 << 21, (1 << 28) - 1, 1 << 28, int.MaxValue, -1, int.MinValue];
    private static readonly long[] Longs = [0, 1, 127, 128, 1L << 35, (1L << 56) - 1, 1L << 56, long.MaxValue];

    [Fact]
    public void Every_kind_of_value_reads_as_it_was_written()
    {
        using var folder = new TemporaryFolder();
        var random = new Random(3);
        var bytes = new byte[100_000];
        random.NextBytes(bytes);
        var randomInts = Enumerable.Range(0, 2_000).Select(_ => random.Next(int.MinValue, int.MaxValue)).ToArray();
        var randomLongs = Enumerable.Range(0, 2_000).Select(_ => random.NextInt64(0, long.MaxValue)).ToArray();
        using (var fs = FSDirectory.Open(folder.Path))
        using (var output = fs.CreateOutput("values", IOContext.DEFAULT))
        {
            foreach (var value in Ints.Concat(randomInts))
            {
                output.WriteVInt32(value);
                output.WriteInt32(value);
                output.WriteInt16((short)value);
            }
            foreach (var value in Longs.Concat(randomLongs))
            {
                output.WriteVInt64(value);
                output.WriteInt64(value);
            }
            output.WriteString("vårdplatser i Skåne");
            output.WriteBytes(bytes, bytes.Length);
        }

        using var directory = new MappedDirectory(new DirectoryInfo(folder.Path));
        using var input = directory.OpenInput("values", IOContext.READ);
        foreach (var value in Ints.Concat(randomInts))
        {
            Assert.Equal(value, input.ReadVInt32());
            Assert.Equal(value, input.ReadInt32());
            Assert.Equal((short)value, input.ReadInt16());
        }
        foreach (var value in Longs.Concat(randomLongs))
        {
            Assert.Equal(value, input.ReadVInt64());
            Assert.Equal(value, input.ReadInt64());
        }
        Assert.Equal("vårdplatser i Skåne", input.ReadString());
        var read = new byte[bytes.Length];
        input.ReadBytes(read, 0, 10);
        input.ReadBytes(read, 10, read.Length - 10);
        Assert.Equal(bytes, read);
        Assert.Equal(input.Length, input.Position);
        Assert.Throws<EndOfStreamException>(() => input.ReadByte());
        Assert.Throws<EndOfStreamException>(() => input.ReadBytes(read, 0, 1));
        Assert.Throws<EndOfStreamException>(() => input.Seek(input.Length + 1));
    }

    [Fact]
    public void A_clone_keeps_its_own_position_and_reads_after_the_original_is_closed()
    {
        using var folder = new TemporaryFolder();
        File.WriteAllBytes(Path.Combine(folder.Path, "file"), [.. Enumerable.Range(0, 256).Select(i => (byte)i)]);
        using var directory = new MappedDirectory(new DirectoryInfo(folder.Path));
        var original = directory.OpenInput("file", IOContext.READ);
        original.Seek(10);
        var clone = (IndexInput)original.Clone();
        Assert.Equal(10, clone.Position);
        clone.Seek(200);
        Assert.Equal(10, original.ReadByte());
        Assert.Equal(11, original.Position);
        original.Dispose();
        GC.Collect();
        GC.WaitForPendingFinalizers();
        Assert.Equal(200, clone.ReadByte());
        Assert.Equal(201, clone.ReadByte());
    }

    // The price of no clone registry: a file is unmapped by the collector once no input of it is left. Read from
    // the process's own table of mappings (Linux, where the service runs).
    [Fact]
    public void A_file_is_unmapped_once_no_input_of_it_is_left()
    {
        Assert.True(File.Exists("/proc/self/maps"), "needs Linux's /proc/self/maps");
        using var folder = new TemporaryFolder();
        var path = Path.Combine(folder.Path, "mapped-" + Guid.NewGuid().ToString("N"));
        File.WriteAllBytes(path, new byte[4096]);
        using var directory = new MappedDirectory(new DirectoryInfo(folder.Path));
        ReadThroughAClone(directory, path);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        Assert.DoesNotContain(path, File.ReadAllText("/proc/self/maps"));
    }

    // In a method of its own, so that no reference to the inputs is left in the test's frame (a Debug build keeps
    // every local alive to the end of its method). The original is closed at once; its clone keeps the file mapped.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ReadThroughAClone(MappedDirectory directory, string path)
    {
        IndexInput clone;
        using (var input = directory.OpenInput(Path.GetFileName(path), IOContext.READ))
        {
            clone = (IndexInput)input.Clone();
        }
        Assert.Contains(path, File.ReadAllText("/proc/self/maps"));
        Assert.Equal(0, clone.ReadByte());
    }

    [Fact]
    public void A_slice_reads_only_its_range()
    {
        using var folder = new TemporaryFolder();
        File.WriteAllBytes(Path.Combine(folder.Path, "file"), [.. Enumerable.Range(0, 100).Select(i => (byte)i)]);
        using var directory = new MappedDirectory(new DirectoryInfo(folder.Path));
        using var slicer = directory.CreateSlicer("file", IOContext.READ);
        using var slice = slicer.OpenSlice("part", 40, 20);
        Assert.Equal(20, slice.Length);
        Assert.Equal(40, slice.ReadByte());
        slice.Seek(19);
        Assert.Equal(59, slice.ReadByte());
        Assert.Throws<EndOfStreamException>(() => slice.ReadByte());
        Assert.Throws<ArgumentException>(() => slicer.OpenSlice("beyond", 90, 20));
    }

    [Fact]
    public void A_vint_of_too_many_bits_is_refused()
    {
        using var folder = new TemporaryFolder();
        File.WriteAllBytes(Path.Combine(folder.Path, "file"), [0xFF, 0xFF, 0xFF, 0xFF, 0x1F]);
        using var directory = new MappedDirectory(new DirectoryInfo(folder.Path));
        using var input = directory.OpenInput("file", IOContext.READ);
        Assert.Throws<IOException>(() => input.ReadVInt32());
    }

    [Fact]
    public void An_empty_file_opens_and_has_nothing_to_read()
    {
        using var folder = new TemporaryFolder();
        File.WriteAllBytes(Path.Combine(folder.Path, "empty"), []);
        using var directory = new MappedDirectory(new DirectoryInfo(folder.Path));
        using var input = directory.OpenInput("empty", IOContext.READ);
        Assert.Equal(0, input.Length);
        Assert.Throws<EndOfStreamException>(() => input.ReadByte());
    }

    // A compound-file index (the parts of a segment read as slices of one file) reads the same documents and
    // terms through MappedDirectory as through Lucene's MMapDirectory.
    [Fact]
    public void A_compound_file_index_reads_as_through_Lucenes_mapped_directory()
    {
        using var folder = new TemporaryFolder();
        using (var writing = FSDirectory.Open(folder.Path))
        {
            var config = new IndexWriterConfig(Lucene.Net.Util.LuceneVersion.LUCENE_48, new WhitespaceAnalyzer(Lucene.Net.Util.LuceneVersion.LUCENE_48))
            {
                UseCompoundFile = true,
                MergePolicy = new TieredMergePolicy { NoCFSRatio = 1.0 },
            };
            using var writer = new IndexWriter(writing, config);
            for (var i = 0; i < 500; i++)
            {
                writer.AddDocument(new Document { new TextField("text", $"ord{i % 37} ord{i % 11} paragraf {i}", Field.Store.YES) });
            }
            writer.Commit();
        }
        Assert.Contains(System.IO.Directory.GetFiles(folder.Path), f => f.EndsWith(".cfs", StringComparison.Ordinal));

        using var lucene = DirectoryReader.Open(new MMapDirectory(new DirectoryInfo(folder.Path)));
        using var ours = DirectoryReader.Open(new MappedDirectory(new DirectoryInfo(folder.Path)));
        Assert.Equal(lucene.MaxDoc, ours.MaxDoc);
        for (var doc = 0; doc < lucene.MaxDoc; doc++)
        {
            Assert.Equal(lucene.Document(doc).Get("text"), ours.Document(doc).Get("text"));
        }
        var expected = MultiFields.GetTerms(lucene, "text").GetEnumerator();
        var actual = MultiFields.GetTerms(ours, "text").GetEnumerator();
        while (expected.MoveNext())
        {
            Assert.True(actual.MoveNext());
            Assert.Equal(expected.Term, actual.Term);
            Assert.Equal(expected.DocFreq, actual.DocFreq);
            Assert.Equal(expected.TotalTermFreq, actual.TotalTermFreq);
        }
        Assert.False(actual.MoveNext());
    }
}
