using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using Lucene.Net.Codecs;
using Lucene.Net.Codecs.Compressing;
using Lucene.Net.Codecs.Lucene46;

namespace SearchService.Core.Indexing;

/// <summary>
/// The index format: Lucene 4.6's, with the stored fields (the paragraph text, most of an index's bytes) in
/// <see cref="ParagraphStoredFieldsFormat"/>: one zstd frame per paragraph with a dictionary trained on the segment,
/// so a hit decodes its own paragraph and nothing else. Segments written before in <see cref="DeflateParagraphCodec"/>
/// stay readable.
/// </summary>
[CodecName("SearchService2")]
internal sealed class ParagraphCodec : FilterCodec
{
    private readonly StoredFieldsFormat storedFields = new ParagraphStoredFieldsFormat();

    public ParagraphCodec() : base(new Lucene46Codec())
    {
    }

    public override StoredFieldsFormat StoredFieldsFormat => storedFields;

    /// <summary>Makes the codecs' names resolvable (an index names its codec per segment) before any index
    /// of this assembly's code is opened.</summary>
    [ModuleInitializer]
    [SuppressMessage("Usage", "CA2255:The 'ModuleInitializer' attribute should not be used in libraries", Justification = "Lucene resolves codecs by name from a process-wide factory; every reader of our indexes goes through this assembly.")]
    internal static void Register() => Codec.SetCodecFactory(new DefaultCodecFactory { CustomCodecTypes = [typeof(ParagraphCodec), typeof(DeflateParagraphCodec)] });
}

/// <summary>
/// The index format before <see cref="ParagraphCodec"/>, kept so segments written in it stay readable: Lucene 4.6's,
/// with the stored fields compressed by deflate instead of LZ4 (Elasticsearch's <c>best_compression</c>) in 8 KB
/// chunks, inflated only up to the paragraph read (<see cref="DeflateToDocument"/>).
/// </summary>
[CodecName("SearchService1")]
internal sealed class DeflateParagraphCodec : FilterCodec
{
    // Chunks of 8 KB: on the peers harness's 200k paragraphs (66.9 MB of text), 16 / 8 / 4 KB gave an index of
    // 67.6 / 70.8 / 74.7 MB and stored fields of a page of 10 hits in 233–244 / 162–170 / 130–134 µs.
    private const int ChunkBytes = 1 << 13;

    private readonly StoredFieldsFormat storedFields = new CompressingStoredFieldsFormat("SearchServiceStoredFields", new DeflateToDocument(), ChunkBytes);

    public DeflateParagraphCodec() : base(new Lucene46Codec())
    {
    }

    public override StoredFieldsFormat StoredFieldsFormat => storedFields;
}
