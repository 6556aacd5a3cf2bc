using System.Text.Json;

namespace SearchService.Cluster.Ingest;

/// <summary>
/// One document write in the ingest log: the file as uploaded (name, bytes, metadata override as JSON)
/// or, with <see cref="Deleted"/>, its removal. The shard's writer applies it idempotently.
/// </summary>
/// <param name="DocumentId">The document id (the file name without extension).</param>
/// <param name="FileName">The file name, whose extension picks the reader.</param>
/// <param name="Content">The file's bytes; null for a delete.</param>
/// <param name="Metadata">The metadata override as <c>MetadataSidecar.Serialize</c> writes it, or null.</param>
/// <param name="Deleted">True when the document is removed.</param>
public sealed record DocumentWrite(string DocumentId, string? FileName, byte[]? Content, string? Metadata, bool Deleted)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The write as the log stores it.</summary>
    public byte[] ToBytes() => JsonSerializer.SerializeToUtf8Bytes(this, Json);

    /// <summary>A write read back from the log.</summary>
    /// <exception cref="JsonException">The bytes are not a write.</exception>
    public static DocumentWrite FromBytes(ReadOnlySpan<byte> bytes) =>
        JsonSerializer.Deserialize<DocumentWrite>(bytes, Json) ?? throw new JsonException("An empty document write.");
}
