using Lucene.Net.Codecs;
using Lucene.Net.Index;
using Lucene.Net.Store;
using ZstdSharp;

namespace SearchService.Core.Indexing;

/// <summary>
/// Stored fields in zstd frames of <see cref="BlockDocuments"/> consecutive paragraphs, compressed with a dictionary
/// trained on the segment's own paragraphs. Lucene's format (deflate in 8 KB chunks, stop 27) inflated a chunk up to
/// the paragraph read with a fresh inflater: 19–20 µs a hit, the largest part of reading a page of hits. Here a hit
/// decodes its frame of eight paragraphs, 7 µs on the Riksdag corpus, 8 µs on the peers' synthetic one, and the
/// reader keeps the last frame decoded for the next hit from it. Frames of eight store a document's metadata (title,
/// file name, region …, repeated in each of its adjacent paragraphs) about once; the dictionary carries what
/// paragraphs share. Riksdag index 36.7 → 35.0 MB, synthetic 200k 70.8 → 58.3 MB. Frames of 1 / 4 / 16: 41.8 / 36.3 /
/// 34.4 MB at 2.8 / 7.4 / 14.1 µs (bench/RESULTS.md, stop 28).
/// <para>
/// Files: <c>.fdt</c> holds a header, the dictionary (its length, then its bytes; empty for a segment too small to
/// train on), then per frame its decoded length, its compressed length and the frame; <c>.fdx</c> holds a header,
/// and per frame its first paragraph and where it starts (a merge copies frames whole, so a frame may hold fewer). Both end with Lucene's checksum footer. A frame decodes to
/// its paragraphs, each its length, its field count, then per field its number, a type byte and its value (strings
/// and bytes with their length, numbers little-endian).
/// </para>
/// </summary>
internal sealed class ParagraphStoredFieldsFormat : StoredFieldsFormat
{
    public const string DataExtension = "fdt";
    public const string IndexExtension = "fdx";
    public const string DataCodec = "SearchServiceParagraphData";
    public const string IndexCodec = "SearchServiceParagraphIndex";
    public const int Version = 0;

    /// <summary>Paragraphs per frame (and per entry of the frame index).</summary>
    public const int BlockDocuments = 8;

    /// <summary>How many bytes of a segment's first documents the dictionary is trained on (held in memory until then).</summary>
    public const int TrainingBytes = 1 << 20;

    /// <summary>Fewest bytes of documents a dictionary is trained on; a smaller segment is compressed without one.</summary>
    public const int LeastTrainingBytes = 32 * 1024;

    /// <summary>Largest dictionary; a segment gets at most a tenth of the bytes it was trained on.</summary>
    public const int DictionaryBytes = 64 * 1024;

    /// <summary>zstd's level: 3 compressed Riksdag paragraphs at 58–78 MB/s, level 12 (2.42×) at 11 MB/s.</summary>
    public const int Level = 3;

    public const byte StringType = 0;
    public const byte BinaryType = 1;
    public const byte Int32Type = 2;
    public const byte Int64Type = 3;
    public const byte SingleType = 4;
    public const byte DoubleType = 5;

    public override StoredFieldsReader FieldsReader(Lucene.Net.Store.Directory directory, SegmentInfo si, FieldInfos fn, IOContext context) =>
        new ParagraphStoredFieldsReader(directory, si, fn, context);

    public override StoredFieldsWriter FieldsWriter(Lucene.Net.Store.Directory directory, SegmentInfo si, IOContext context) =>
        new ParagraphStoredFieldsWriter(this, directory, si.Name, context);

    private readonly System.Threading.Lock gate = new();
    private byte[]? sharedDictionary;

    /// <summary>The dictionary every segment this format instance writes shares (one instance per index writer: the
    /// codec of its configuration), trained on the first segment's paragraphs; null until then. Segments that share it
    /// merge by copying their frames, where segments with dictionaries of their own would be compressed again.</summary>
    public byte[]? SharedDictionary
    {
        get
        {
            lock (gate)
            {
                return sharedDictionary;
            }
        }
    }

    /// <summary>The shared dictionary: <paramref name="trained"/> unless another segment's came first.</summary>
    public byte[] Share(byte[] trained)
    {
        lock (gate)
        {
            return sharedDictionary ??= trained;
        }
    }

    /// <summary>A dictionary trained on <paramref name="documents"/>; empty when they are too few or too small to
    /// train on (zstd refuses), and then frames are compressed without one.</summary>
    public static byte[] TrainDictionary(IReadOnlyList<byte[]> documents, long bytes)
    {
        if (bytes < LeastTrainingBytes || documents.Count < 8)
        {
            return [];
        }
        try
        {
            return DictBuilder.TrainFromBuffer(documents, (int)Math.Min(DictionaryBytes, bytes / 10));
        }
        catch (ZstdException)
        {
            return [];
        }
    }
}
