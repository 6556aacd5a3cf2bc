using Microsoft.Extensions.Logging;

namespace SearchService.Cluster.Shipping;

/// <summary>
/// Brings a local index folder to a shipped commit: each missing file is fetched to a temporary name,
/// its SHA-256 checked against the manifest (a mismatch is rejected and fetched again), then renamed into
/// place; the commit point <c>segments_N</c> comes last, so a reader never sees a commit whose files are
/// not all there. Until then the previous commit stays complete and searchable.
/// </summary>
public sealed class CommitFetcher(ISegmentStore store, string folder, ILogger logger)
{
    private const int Attempts = 3;
    private const string DownloadSuffix = ".download";

    // Hashes of the files this fetcher placed or checked, so a file is hashed once.
    private readonly Dictionary<string, string> localHashes = new(StringComparer.Ordinal);
    private int rejected;

    /// <summary>The folder the commits are fetched into.</summary>
    public string Folder => folder;

    /// <summary>Downloads rejected because their hash did not match the manifest.</summary>
    public int RejectedDownloads => Volatile.Read(ref rejected);

    /// <summary>Fetches what <paramref name="manifest"/> needs and writes its commit point last.</summary>
    /// <exception cref="InvalidDataException">A file failed its hash check on every attempt.</exception>
    public async Task ApplyAsync(CommitManifest manifest, CancellationToken cancellation)
    {
        Directory.CreateDirectory(folder);
        foreach (var file in manifest.Files.Where(f => f.Name != manifest.SegmentsFile))
        {
            await EnsureAsync(file, cancellation);
        }
        await EnsureAsync(manifest.Files.Single(f => f.Name == manifest.SegmentsFile), cancellation);
    }

    /// <summary>Deletes the files no longer part of <paramref name="manifest"/> (after the searcher moved to it:
    /// an old reader keeps its open files on Linux).</summary>
    public void Prune(CommitManifest manifest)
    {
        var wanted = manifest.Files.Select(f => f.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var path in Directory.EnumerateFiles(folder))
        {
            var name = Path.GetFileName(path);
            if (!wanted.Contains(name))
            {
                File.Delete(path);
                localHashes.Remove(name);
            }
        }
    }

    private async Task EnsureAsync(ManifestFile file, CancellationToken cancellation)
    {
        var path = Path.Combine(folder, file.Name);
        if (File.Exists(path) && await LocalHashAsync(file.Name, path, cancellation) == file.Sha256)
        {
            return;
        }
        var temporary = path + DownloadSuffix;
        for (var attempt = 1; attempt <= Attempts; attempt++)
        {
            await store.GetAsync(file.Sha256, temporary, cancellation);
            var actual = await FileHash.OfAsync(temporary, cancellation);
            if (actual == file.Sha256)
            {
                File.Move(temporary, path, overwrite: true);
                localHashes[file.Name] = actual;
                return;
            }
            Interlocked.Increment(ref rejected);
            File.Delete(temporary);
            logger.LogWarning("Rejected download of {File} (attempt {Attempt}): SHA-256 {Actual} is not the manifest's {Expected}", file.Name, attempt, actual, file.Sha256);
        }
        throw new InvalidDataException($"{file.Name} failed its SHA-256 check {Attempts} times; the commit is not applied.");
    }

    private async Task<string> LocalHashAsync(string name, string path, CancellationToken cancellation)
    {
        if (!localHashes.TryGetValue(name, out var hash))
        {
            hash = await FileHash.OfAsync(path, cancellation);
            localHashes[name] = hash;
        }
        return hash;
    }
}
