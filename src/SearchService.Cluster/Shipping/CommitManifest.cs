using System.Text.Json;

namespace SearchService.Cluster.Shipping;

/// <summary>
/// A shard's commit as shipped: every file the commit needs, with its SHA-256, and the commit point
/// (<c>segments_N</c>) that a follower writes last. The shard's head key holds the current one.
/// </summary>
/// <param name="Shard">The shard (0-based).</param>
/// <param name="Generation">The Lucene commit generation (the N of <c>segments_N</c>).</param>
/// <param name="SegmentsFile">The commit point's file name.</param>
/// <param name="Files">Every file of the commit, the commit point included.</param>
/// <param name="Writer">The writer instance that published it.</param>
/// <param name="Committed">When it was published.</param>
public sealed record CommitManifest(int Shard, long Generation, string SegmentsFile, IReadOnlyList<ManifestFile> Files, string Writer, DateTimeOffset Committed)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The manifest as the head key stores it.</summary>
    public byte[] ToBytes() => JsonSerializer.SerializeToUtf8Bytes(this, Json);

    /// <summary>A manifest read from the head key.</summary>
    /// <exception cref="JsonException">The bytes are not a manifest.</exception>
    public static CommitManifest FromBytes(ReadOnlySpan<byte> bytes) =>
        JsonSerializer.Deserialize<CommitManifest>(bytes, Json) ?? throw new JsonException("An empty manifest.");
}

/// <summary>One file of a commit.</summary>
/// <param name="Name">Its name in the index folder.</param>
/// <param name="Sha256">Lower-case hex SHA-256 of its bytes: its key in the segment store.</param>
/// <param name="Length">Its size in bytes.</param>
public sealed record ManifestFile(string Name, string Sha256, long Length);
