using System.Buffers.Binary;
using System.Text;
using Lucene.Net.Codecs;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;
using ZstdSharp;

namespace SearchService.Core.Indexing;

/// <summary>
/// Writes a segment's stored fields as <see cref="ParagraphStoredFieldsFormat"/> describes: the documents of the
/// first <see cref="ParagraphStoredFieldsFormat.TrainingBytes"/> are held back until a dictionary is trained on them,
/// then the documents are compressed in frames of <see cref="ParagraphStoredFieldsFormat.BlockDocuments"/>.
/// </summary>
internal sealed class ParagraphStoredFieldsWriter : StoredFieldsWriter
{
    private readonly Lucene.Net.Store.Directory directory;
    private readonly string segment;
    private IndexOutput? data;
    private IndexOutput? index;
    private readonly List<byte[]> heldBack = [];
    private long heldBackBytes;
    private Compressor? compressor;
    private byte[] frame = new byte[1024];
    private int documents;

    // The document being written: its fields as (number, type, value bytes).
    private readonly GrowableByteArrayDataOutput current = new(256);

    // The documents of the frame being filled.
    private readonly GrowableByteArrayDataOutput frameDocuments = new(4096);

    // A number's bytes, little-endian.
    private readonly byte[] number = new byte[8];
    private int fieldsLeft;

    private readonly ParagraphStoredFieldsFormat format;
    private byte[] dictionary = [];
    private int frameFirst;
    private int frameCount;

    public ParagraphStoredFieldsWriter(ParagraphStoredFieldsFormat format, Lucene.Net.Store.Directory directory, string segment, IOContext context)
    {
        this.format = format;
        this.directory = directory;
        this.segment = segment;
        var success = false;
        try
        {
            data = directory.CreateOutput(IndexFileNames.SegmentFileName(segment, "", ParagraphStoredFieldsFormat.DataExtension), context);
            index = directory.CreateOutput(IndexFileNames.SegmentFileName(segment, "", ParagraphStoredFieldsFormat.IndexExtension), context);
            CodecUtil.WriteHeader(data, ParagraphStoredFieldsFormat.DataCodec, ParagraphStoredFieldsFormat.Version);
            CodecUtil.WriteHeader(index, ParagraphStoredFieldsFormat.IndexCodec, ParagraphStoredFieldsFormat.Version);
            success = true;
        }
        finally
        {
            if (!success)
            {
                Abort();
            }
        }
    }

    public override void StartDocument(int numStoredFields)
    {
        current.Length = 0;
        current.WriteVInt32(numStoredFields);
        fieldsLeft = numStoredFields;
    }

    public override void WriteField(FieldInfo info, IIndexableField field)
    {
        fieldsLeft--;
        current.WriteVInt32(info.Number);
        switch (field.NumericType)
        {
            case NumericFieldType.BYTE:
            case NumericFieldType.INT16:
            case NumericFieldType.INT32:
                current.WriteByte(ParagraphStoredFieldsFormat.Int32Type);
                BinaryPrimitives.WriteInt32LittleEndian(number, field.GetInt32Value()!.Value);
                current.WriteBytes(number, 4);
                return;
            case NumericFieldType.INT64:
                current.WriteByte(ParagraphStoredFieldsFormat.Int64Type);
                BinaryPrimitives.WriteInt64LittleEndian(number, field.GetInt64Value()!.Value);
                current.WriteBytes(number, 8);
                return;
            case NumericFieldType.SINGLE:
                current.WriteByte(ParagraphStoredFieldsFormat.SingleType);
                BinaryPrimitives.WriteSingleLittleEndian(number, field.GetSingleValue()!.Value);
                current.WriteBytes(number, 4);
                return;
            case NumericFieldType.DOUBLE:
                current.WriteByte(ParagraphStoredFieldsFormat.DoubleType);
                BinaryPrimitives.WriteDoubleLittleEndian(number, field.GetDoubleValue()!.Value);
                current.WriteBytes(number, 8);
                return;
        }
        if (field.GetBinaryValue() is { } binary)
        {
            current.WriteByte(ParagraphStoredFieldsFormat.BinaryType);
            current.WriteVInt32(binary.Length);
            current.WriteBytes(binary.Bytes, binary.Offset, binary.Length);
            return;
        }
        var text = field.GetStringValue() ?? throw new ArgumentException($"Stored field \"{info.Name}\" has no value to store.", nameof(field));
        current.WriteByte(ParagraphStoredFieldsFormat.StringType);
        var bytes = Encoding.UTF8.GetBytes(text);
        current.WriteVInt32(bytes.Length);
        current.WriteBytes(bytes, bytes.Length);
    }

    public override void FinishDocument()
    {
        if (fieldsLeft != 0)
        {
            throw new InvalidOperationException($"A document announced {fieldsLeft} more stored fields than it wrote.");
        }
        Add(current.Bytes.AsSpan(0, current.Length).ToArray());
    }

    /// <summary>Merges segments of this format whose field numbers match the merged one's without reading fields:
    /// a frame compressed with the merged segment's dictionary and free of deleted documents is copied as it is,
    /// the live documents of any other frame are compressed again from their bytes as stored. Anything else merges
    /// as Lucene does.</summary>
    public override int Merge(MergeState mergeState)
    {
        var matching = mergeState.MatchingSegmentReaders;
        var raw = mergeState.Readers.Select((_, i) => matching?[i]?.FieldsReader as ParagraphStoredFieldsReader).ToList();
        if (raw.Contains(null))
        {
            return base.Merge(mergeState);
        }
        // The largest segment's dictionary, so that its frames are copied as they are (and those of every segment
        // sharing it: all of one writer's); a merge trains none (0.2 s a megabyte of samples).
        if (compressor is null && heldBack.Count == 0)
        {
            var largest = Enumerable.Range(0, raw.Count).MaxBy(i => mergeState.Readers[i].MaxDoc);
            StartCompressing(raw[largest]!.Dictionary);
        }
        var merged = 0;
        for (var i = 0; i < mergeState.Readers.Count; i++)
        {
            var reader = raw[i]!;
            var live = mergeState.Readers[i].LiveDocs;
            var sameDictionary = compressor is not null && reader.Dictionary.AsSpan().SequenceEqual(dictionary);
            for (var f = 0; f < reader.FrameCount; f++)
            {
                var (first, count) = reader.Frame(f);
                if (sameDictionary && (live is null || AllLive(live, first, count)))
                {
                    // Compressed with this segment's dictionary already: copied as it is.
                    WriteFrame();
                    var (rawLength, bytes) = reader.CompressedFrame(f);
                    documents += count;
                    AppendFrame(rawLength, bytes, bytes.Length);
                    merged += count;
                    mergeState.CheckAbort.Work(300 * count);
                    continue;
                }
                for (var doc = first; doc < first + count; doc++)
                {
                    if (live is null || live.Get(doc))
                    {
                        Add(reader.StoredBytes(doc));
                        merged++;
                        mergeState.CheckAbort.Work(300);
                    }
                }
            }
        }
        Finish(mergeState.FieldInfos, merged);
        return merged;
    }

    private static bool AllLive(Lucene.Net.Util.IBits live, int first, int count)
    {
        for (var doc = first; doc < first + count; doc++)
        {
            if (!live.Get(doc))
            {
                return false;
            }
        }
        return true;
    }

    // A document's bytes (field count, then fields): held back until the dictionary is trained, else written.
    private void Add(byte[] document)
    {
        if (compressor is null)
        {
            heldBack.Add(document);
            heldBackBytes += document.Length;
            if (heldBackBytes >= ParagraphStoredFieldsFormat.TrainingBytes)
            {
                StartCompressing();
            }
            return;
        }
        Write(document);
    }

    public override void Finish(FieldInfos fis, int numDocs)
    {
        if (compressor is null)
        {
            StartCompressing();
        }
        WriteFrame();
        if (documents != numDocs)
        {
            throw new InvalidOperationException($"Wrote {documents} documents' stored fields where the segment has {numDocs}.");
        }
        index!.WriteInt32(frameCount);
        CodecUtil.WriteFooter(data!);
        CodecUtil.WriteFooter(index);
    }

    public override void Abort()
    {
        try
        {
            Dispose();
        }
        catch (Exception)
        {
            // The segment is abandoned; its files are deleted below.
        }
        IOUtils.DeleteFilesIgnoringExceptions(directory,
            IndexFileNames.SegmentFileName(segment, "", ParagraphStoredFieldsFormat.DataExtension),
            IndexFileNames.SegmentFileName(segment, "", ParagraphStoredFieldsFormat.IndexExtension));
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            try
            {
                IOUtils.Dispose(data, index);
            }
            finally
            {
                data = null;
                index = null;
                compressor?.Dispose();
                compressor = null;
            }
        }
    }

    // A flushed segment takes the dictionary its writer's segments share, or trains it; one too small to train on
    // goes without, and leaves the sharing to the next.
    private void StartCompressing()
    {
        if (format.SharedDictionary is { } shared)
        {
            StartCompressing(shared);
            return;
        }
        var trained = ParagraphStoredFieldsFormat.TrainDictionary(heldBack, heldBackBytes);
        StartCompressing(trained.Length > 0 ? format.Share(trained) : trained);
    }

    // Writes the segment's dictionary, then the documents held back.
    private void StartCompressing(byte[] dictionary)
    {
        this.dictionary = dictionary;
        data!.WriteVInt32(dictionary.Length);
        data.WriteBytes(dictionary, dictionary.Length);
        compressor = new Compressor(ParagraphStoredFieldsFormat.Level);
        if (dictionary.Length > 0)
        {
            compressor.LoadDictionary(dictionary);
        }
        foreach (var document in heldBack)
        {
            Write(document);
        }
        heldBack.Clear();
        heldBackBytes = 0;
    }

    // Documents are compressed in frames of BlockDocuments consecutive ones (each with its length first): the
    // paragraphs of one document are adjacent and repeat its metadata, which a frame then stores once.
    private void Write(byte[] document)
    {
        frameDocuments.WriteVInt32(document.Length);
        frameDocuments.WriteBytes(document, document.Length);
        documents++;
        if (documents - frameFirst == ParagraphStoredFieldsFormat.BlockDocuments)
        {
            WriteFrame();
        }
    }

    // Writes the frame being filled, if it holds any document; the next one starts after it.
    private void WriteFrame()
    {
        if (documents == frameFirst)
        {
            return;
        }
        var raw = frameDocuments.Bytes.AsSpan(0, frameDocuments.Length);
        var bound = Compressor.GetCompressBound(raw.Length);
        if (frame.Length < bound)
        {
            frame = new byte[ArrayUtil.Oversize(bound, 1)];
        }
        AppendFrame(raw.Length, frame, compressor!.Wrap(raw, frame));
        frameDocuments.Length = 0;
    }

    // Writes a compressed frame of the documents from frameFirst up to documents, and its entry in the frame index.
    private void AppendFrame(int rawLength, byte[] compressed, int length)
    {
        index!.WriteVInt32(frameFirst);
        index.WriteInt64(data!.Position);
        data.WriteVInt32(rawLength);
        data.WriteVInt32(length);
        data.WriteBytes(compressed, length);
        frameFirst = documents;
        frameCount++;
    }
}
