using System.IO.Compression;
using Lucene.Net.Codecs.Compressing;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace SearchService.Core.Indexing;

/// <summary>
/// Lucene's deflate compression of stored fields (<see cref="Lucene.Net.Codecs.Compressing.CompressionMode.HIGH_COMPRESSION"/>:
/// the same compressor, so the same bytes on disk), read for less: a document is inflated only up to its
/// own end, into a buffer its reader keeps. Lucene.Net inflates the whole chunk (8 KB, some 20
/// paragraphs, <see cref="DeflateParagraphCodec"/>, the format before <see cref="ParagraphStoredFieldsFormat"/>) through two growing memory streams for every document read,
/// which was a fifth of a search's CPU time: the stored fields of a page of 10 hits cost more than
/// finding them.
/// </summary>
internal sealed class DeflateToDocument : Lucene.Net.Codecs.Compressing.CompressionMode
{
    /// <inheritdoc />
    public override Compressor NewCompressor() => HIGH_COMPRESSION.NewCompressor();

    /// <inheritdoc />
    public override Decompressor NewDecompressor() => new Inflater();

    // One per stored-fields reader (cloned per thread), so its buffer is never shared.
    private sealed class Inflater : Decompressor
    {
        private byte[] compressed = [];

        public override void Decompress(DataInput input, int originalLength, int offset, int length, BytesRef bytes)
        {
            if (length == 0)
            {
                bytes.Length = 0;
                return;
            }
            var compressedLength = input.ReadVInt32();
            if (compressed.Length < compressedLength)
            {
                compressed = new byte[ArrayUtil.Oversize(compressedLength, 1)];
            }
            input.ReadBytes(compressed, 0, compressedLength);
            var end = offset + length;
            if (bytes.Bytes.Length < end)
            {
                bytes.Bytes = new byte[ArrayUtil.Oversize(end, 1)];
            }
            using var inflating = new DeflateStream(new MemoryStream(compressed, 0, compressedLength, writable: false), System.IO.Compression.CompressionMode.Decompress);
            try
            {
                inflating.ReadExactly(bytes.Bytes, 0, end);
            }
            catch (EndOfStreamException)
            {
                throw new CorruptIndexException($"Chunk inflates to fewer than {end} of its {originalLength} bytes (resource={input})");
            }
            bytes.Offset = offset;
            bytes.Length = length;
        }

        public override object Clone() => new Inflater();
    }
}
