namespace SearchService.Cluster.Shipping;

/// <summary>
/// Immutable index files by content: the JetStream Object Store here, an S3-compatible bucket at
/// national scale. A file's key is its SHA-256, so a file is uploaded once however many commits share it.
/// </summary>
public interface ISegmentStore
{
    /// <summary>True when a file with this hash is stored.</summary>
    Task<bool> ContainsAsync(string sha256, CancellationToken cancellation);

    /// <summary>Stores the file at <paramref name="path"/> under <paramref name="sha256"/>.</summary>
    Task PutAsync(string sha256, string path, CancellationToken cancellation);

    /// <summary>Writes the file stored under <paramref name="sha256"/> to <paramref name="path"/> (unverified: the caller checks the hash).</summary>
    Task GetAsync(string sha256, string path, CancellationToken cancellation);
}
