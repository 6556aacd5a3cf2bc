using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using Lucene.Net.Codecs;
using Lucene.Net.Codecs.Compressing;
using Lucene.Net.Codecs.Lucene46;

namespace SearchService.Core.Indexing;

/// <summary>
/// The index format: Lucene 4.6's, with the stored fields (the paragraph text, most of an index's bytes)
/// compressed by deflate instead of LZ4 — Elasticsearch's <c>best_compression</c>. On the Riksdag corpus
/// stored fields were 24.3 of the index's 49.2 MB (1.45× the text). Segments written before keep their
/// codec and stay readable.
/// </summary>
[CodecName("SearchService1")]
internal sealed class ParagraphCodec : FilterCodec
{
    // Chunks of 8 KB: a hit's paragraph is read by inflating its chunk up to the paragraph
    // (DeflateToDocument), so larger chunks compress better but cost every page of hits more. On the
    // peers harness's 200k paragraphs (66.9 MB of text), 16 / 8 / 4 KB: index 67.6 / 70.8 / 74.7 MB,
    // stored fields of a page of 10 hits 233–244 / 162–170 / 130–134 µs. 8 KB keeps the index within
    // 1.1× the text. The reader takes any chunk size, so older indexes stay readable.
    private const int ChunkBytes = 1 << 13;

    private readonly StoredFieldsFormat storedFields = new CompressingStoredFieldsFormat("SearchServiceStoredFields", new DeflateToDocument(), ChunkBytes);

    public ParagraphCodec() : base(new Lucene46Codec())
    {
    }

    public override StoredFieldsFormat StoredFieldsFormat => storedFields;

    /// <summary>Makes the codec's name resolvable (an index names its codec per segment) before any index
    /// of this assembly's code is opened.</summary>
    [ModuleInitializer]
    [SuppressMessage("Usage", "CA2255:The 'ModuleInitializer' attribute should not be used in libraries", Justification = "Lucene resolves codecs by name from a process-wide factory; every reader of our indexes goes through this assembly.")]
    internal static void Register() => Codec.SetCodecFactory(new DefaultCodecFactory { CustomCodecTypes = [typeof(ParagraphCodec)] });
}
