using System.Buffers.Binary;
using System.Text;
using Lucene.Net.Codecs;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;
using ZstdSharp;

namespace SearchService.Core.Indexing;

/// <summary>Reads stored fields written by <see cref="ParagraphStoredFieldsWriter"/>: a document from its frame,
/// found through the frame index held in memory. A clone (one per searching thread) has its own input and decoder.</summary>
internal sealed class ParagraphStoredFieldsReader : StoredFieldsReader
{
    private readonly FieldInfos fieldInfos;
    private readonly IndexInput data;
    private readonly long[] blockStarts;
    private readonly int maxDoc;
    private readonly byte[] dictionary;
    private readonly int[] frameFirsts;
    private readonly bool clone;
    private readonly Decompressor decompressor;
    private byte[] frame = new byte[1024];
    private byte[] document = new byte[4096];
    private bool disposed;
    private int decodedFrame = -1;
    private int decodedLength;

    // Reads the decoded frame's lengths and fields (Lucene's variable-length integers).
    private readonly ByteArrayDataInput input = new();

    public ParagraphStoredFieldsReader(Lucene.Net.Store.Directory directory, SegmentInfo si, FieldInfos fieldInfos, IOContext context)
    {
        this.fieldInfos = fieldInfos;
        maxDoc = si.DocCount;
        var success = false;
        IndexInput? opened = null;
        try
        {
            using (var index = directory.OpenChecksumInput(IndexFileNames.SegmentFileName(si.Name, "", ParagraphStoredFieldsFormat.IndexExtension), context))
            {
                CodecUtil.CheckHeader(index, ParagraphStoredFieldsFormat.IndexCodec, ParagraphStoredFieldsFormat.Version, ParagraphStoredFieldsFormat.Version);
                var firsts = new List<int>();
                var starts = new List<long>();
                var entriesEnd = index.Length - CodecUtil.FooterLength() - sizeof(int);
                while (index.Position < entriesEnd)
                {
                    firsts.Add(index.ReadVInt32());
                    starts.Add(index.ReadInt64());
                }
                if (index.ReadInt32() != firsts.Count)
                {
                    throw new CorruptIndexException($"The stored-fields frame index lists {firsts.Count} frames where it counted another number (resource={index})");
                }
                frameFirsts = [.. firsts];
                blockStarts = [.. starts];
                CodecUtil.CheckFooter(index);
            }
            opened = directory.OpenInput(IndexFileNames.SegmentFileName(si.Name, "", ParagraphStoredFieldsFormat.DataExtension), context);
            CodecUtil.CheckHeader(opened, ParagraphStoredFieldsFormat.DataCodec, ParagraphStoredFieldsFormat.Version, ParagraphStoredFieldsFormat.Version);
            dictionary = new byte[opened.ReadVInt32()];
            opened.ReadBytes(dictionary, 0, dictionary.Length);
            CodecUtil.RetrieveChecksum(opened);
            data = opened;
            decompressor = Decoder(dictionary);
            success = true;
        }
        finally
        {
            if (!success)
            {
                IOUtils.DisposeWhileHandlingException(opened);
            }
        }
    }

    private ParagraphStoredFieldsReader(ParagraphStoredFieldsReader original)
    {
        fieldInfos = original.fieldInfos;
        data = (IndexInput)original.data.Clone();
        blockStarts = original.blockStarts;
        maxDoc = original.maxDoc;
        dictionary = original.dictionary;
        frameFirsts = original.frameFirsts;
        decompressor = Decoder(dictionary);
        clone = true;
    }

    public override void VisitDocument(int n, StoredFieldVisitor visitor)
    {
        var (offset, length) = Stored(n);
        Visit(offset, length, visitor);
    }

    /// <summary>The segment's dictionary (empty when it has none).</summary>
    public byte[] Dictionary => dictionary;

    /// <summary>Document <paramref name="n"/>'s bytes as written (its field count, then its fields), for a merge.</summary>
    public byte[] StoredBytes(int n)
    {
        var (offset, length) = Stored(n);
        return document.AsSpan(offset, length).ToArray();
    }

    /// <summary>Frames in the segment.</summary>
    public int FrameCount => frameFirsts.Length;

    /// <summary>Frame <paramref name="f"/>'s first document and how many it holds.</summary>
    public (int First, int Count) Frame(int f) =>
        (frameFirsts[f], (f + 1 < frameFirsts.Length ? frameFirsts[f + 1] : maxDoc) - frameFirsts[f]);

    /// <summary>Frame <paramref name="f"/> as stored: its decoded length and its compressed bytes, for a merge that
    /// copies it.</summary>
    public (int RawLength, byte[] Bytes) CompressedFrame(int f)
    {
        data.Seek(blockStarts[f]);
        var rawLength = data.ReadVInt32();
        var bytes = new byte[data.ReadVInt32()];
        data.ReadBytes(bytes, 0, bytes.Length);
        return (rawLength, bytes);
    }

    // Where document n's bytes are in its decoded frame (in document).
    private (int Offset, int Length) Stored(int n)
    {
        var frameNumber = Array.BinarySearch(frameFirsts, n);
        if (frameNumber < 0)
        {
            frameNumber = ~frameNumber - 1;
        }
        if (frameNumber != decodedFrame)
        {
            Decode(frameNumber);
        }
        input.Reset(document, 0, decodedLength);
        for (var skip = n - frameFirsts[frameNumber]; skip > 0; skip--)
        {
            input.SkipBytes(input.ReadVInt32());
        }
        var length = input.ReadVInt32();
        return (input.Position, length);
    }

    // Decodes a frame into document; the frame stays decoded for the next document read from it (a page's hits
    // from one document's paragraphs, a merge reading every document in turn).
    private void Decode(int frameNumber)
    {
        decodedFrame = -1;
        data.Seek(blockStarts[frameNumber]);
        var rawLength = data.ReadVInt32();
        var frameLength = data.ReadVInt32();
        if (frame.Length < frameLength)
        {
            frame = new byte[ArrayUtil.Oversize(frameLength, 1)];
        }
        if (document.Length < rawLength)
        {
            document = new byte[ArrayUtil.Oversize(rawLength, 1)];
        }
        data.ReadBytes(frame, 0, frameLength);
        int decoded;
        try
        {
            decoded = decompressor.Unwrap(frame.AsSpan(0, frameLength), document.AsSpan(0, rawLength));
        }
        catch (ZstdException e)
        {
            throw new CorruptIndexException($"Stored-fields frame {frameNumber} does not decode: {e.Message} (resource={data})", e);
        }
        if (decoded != rawLength)
        {
            throw new CorruptIndexException($"Stored-fields frame {frameNumber} decodes to {decoded} of {rawLength} bytes (resource={data})");
        }
        decodedLength = rawLength;
        decodedFrame = frameNumber;
    }

    // The fields of the document at document[offset..offset + length], each offered to the visitor as its type.
    private void Visit(int offset, int length, StoredFieldVisitor visitor)
    {
        input.Reset(document, offset, length);
        var fields = input.ReadVInt32();
        for (var i = 0; i < fields; i++)
        {
            var info = fieldInfos.FieldInfo(input.ReadVInt32());
            var type = input.ReadByte();
            var size = type switch
            {
                ParagraphStoredFieldsFormat.StringType or ParagraphStoredFieldsFormat.BinaryType => input.ReadVInt32(),
                ParagraphStoredFieldsFormat.Int32Type or ParagraphStoredFieldsFormat.SingleType => 4,
                ParagraphStoredFieldsFormat.Int64Type or ParagraphStoredFieldsFormat.DoubleType => 8,
                _ => throw new CorruptIndexException($"Unknown stored field type {type} (resource={data})"),
            };
            var value = document.AsSpan(input.Position, size);
            input.SkipBytes(size);
            switch (visitor.NeedsField(info))
            {
                case StoredFieldVisitor.Status.STOP:
                    return;
                case StoredFieldVisitor.Status.NO:
                    continue;
            }
            switch (type)
            {
                case ParagraphStoredFieldsFormat.StringType: visitor.StringField(info, Encoding.UTF8.GetString(value)); break;
                case ParagraphStoredFieldsFormat.BinaryType: visitor.BinaryField(info, value.ToArray()); break;
                case ParagraphStoredFieldsFormat.Int32Type: visitor.Int32Field(info, BinaryPrimitives.ReadInt32LittleEndian(value)); break;
                case ParagraphStoredFieldsFormat.Int64Type: visitor.Int64Field(info, BinaryPrimitives.ReadInt64LittleEndian(value)); break;
                case ParagraphStoredFieldsFormat.SingleType: visitor.SingleField(info, BinaryPrimitives.ReadSingleLittleEndian(value)); break;
                default: visitor.DoubleField(info, BinaryPrimitives.ReadDoubleLittleEndian(value)); break;
            }
        }
    }

    private static Decompressor Decoder(byte[] dictionary)
    {
        var decoder = new Decompressor();
        if (dictionary.Length > 0)
        {
            decoder.LoadDictionary(dictionary);
        }
        return decoder;
    }

    public override object Clone()
    {
        if (disposed)
        {
            throw new ObjectDisposedException(nameof(ParagraphStoredFieldsReader));
        }
        return new ParagraphStoredFieldsReader(this);
    }

    public override long RamBytesUsed() => blockStarts.Length * (sizeof(long) + sizeof(int)) + dictionary.Length + frame.Length + document.Length;

    public override void CheckIntegrity() => CodecUtil.ChecksumEntireFile(data);

    protected override void Dispose(bool disposing)
    {
        if (disposing && !disposed)
        {
            disposed = true;
            decompressor.Dispose();
            if (!clone)
            {
                data.Dispose();
            }
        }
    }
}
