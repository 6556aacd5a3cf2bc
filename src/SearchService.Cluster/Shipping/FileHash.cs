using System.Security.Cryptography;

namespace SearchService.Cluster.Shipping;

/// <summary>The SHA-256 of files, as the manifest and the segment store name them.</summary>
public static class FileHash
{
    /// <summary>Lower-case hex SHA-256 of the file at <paramref name="path"/>.</summary>
    public static async Task<string> OfAsync(string path, CancellationToken cancellation)
    {
        await using var file = File.OpenRead(path);
        return Convert.ToHexStringLower(await SHA256.HashDataAsync(file, cancellation));
    }
}
