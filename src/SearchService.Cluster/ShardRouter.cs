using System.Text;

namespace SearchService.Cluster;

/// <summary>
/// Which shard holds a document: a stable hash of its id modulo the shard count. <c>string.GetHashCode</c>
/// is randomised per process, so it cannot route: every process must send a document to the same shard.
/// </summary>
public static class ShardRouter
{
    private const uint FnvOffset = 2166136261;
    private const uint FnvPrime = 16777619;

    /// <summary>The 0-based shard of <paramref name="documentId"/> among <paramref name="shards"/>.</summary>
    public static int ShardOf(string documentId, int shards)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(shards, 1);
        // FNV-1a over the UTF-8 bytes: fixed forever, since changing it moves documents between shards.
        var hash = FnvOffset;
        foreach (var b in Encoding.UTF8.GetBytes(documentId))
        {
            hash = (hash ^ b) * FnvPrime;
        }
        return (int)(hash % (uint)shards);
    }
}
