using System.Text;
using Lucene.Net.Codecs.Compressing;
using Lucene.Net.Store;
using Lucene.Net.Util;
using SearchService.Core.Indexing;
using SearchService.Tests;

namespace SearchService.Core.Tests.Indexing;

// Reading stored fields by inflating a chunk only up to the document must give exactly the bytes Lucene's
// own deflate decompressor gives, for chunks Lucene's compressor wrote.
public sealed class DeflateToDocumentTests
{
    [Fact]
    public void Any_slice_of_a_chunk_reads_as_Lucenes_decompressor_reads_it()
    {
        var random = new Random(5);
        var seedText = File.ReadAllText(RepositoryPaths.Seed("001"), Encoding.UTF8);
        var ours = new DeflateToDocument().NewDecompressor();
        var bytes = new BytesRef();
        for (var round = 0; round < 200; round++)
        {
            // Text as a chunk holds it, of any length up to 16 KB, sometimes random bytes that do not compress.
            var chunk = Encoding.UTF8.GetBytes(seedText[random.Next(seedText.Length / 2)..]).Take(random.Next(1, 1 << 14)).ToArray();
            if (round % 10 == 0)
            {
                random.NextBytes(chunk);
            }
            var written = Compressed(chunk);
            var offset = random.Next(chunk.Length);
            var length = random.Next(chunk.Length - offset + 1);

            var expected = new BytesRef();
            CompressionMode.HIGH_COMPRESSION.NewDecompressor().Decompress(new ByteArrayDataInput(written), chunk.Length, offset, length, expected);
            ours.Decompress(new ByteArrayDataInput(written), chunk.Length, offset, length, bytes);

            Assert.Equal(chunk.AsSpan(offset, length).ToArray(), bytes.Bytes.AsSpan(bytes.Offset, bytes.Length).ToArray());
            Assert.Equal(expected.Bytes.AsSpan(expected.Offset, expected.Length).ToArray(), bytes.Bytes.AsSpan(bytes.Offset, bytes.Length).ToArray());
        }
    }

    [Fact]
    public void A_chunk_shorter_than_the_document_is_a_corrupt_index()
    {
        var written = Compressed(Encoding.UTF8.GetBytes("vårdplatser i Skåne"));

        Assert.Throws<Lucene.Net.Index.CorruptIndexException>(() =>
            new DeflateToDocument().NewDecompressor().Decompress(new ByteArrayDataInput(written), 100, 10, 50, new BytesRef()));
    }

    private static byte[] Compressed(byte[] chunk)
    {
        var output = new byte[chunk.Length + 1024];
        var writer = new ByteArrayDataOutput(output);
        new DeflateToDocument().NewCompressor().Compress(chunk, 0, chunk.Length, writer);
        return output[..writer.Position];
    }
}
