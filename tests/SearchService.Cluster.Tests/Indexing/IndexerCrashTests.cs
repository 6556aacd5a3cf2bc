using Lucene.Net.Index;
using Lucene.Net.Store;
using Microsoft.Extensions.Logging.Abstractions;
using SearchService.Cluster.Indexing;
using SearchService.Cluster.Ingest;
using SearchService.Cluster.Shipping;
using SearchService.Core.Documents;
using SearchService.Core.Search;
using SearchService.Tests;

namespace SearchService.Cluster.Tests.Indexing;

public class IndexerCrashTests
{
    [NatsFact]
    public async Task A_writer_dying_mid_upload_publishes_nothing_and_the_next_writer_publishes_a_clean_index_equal_to_the_source()
    {
        await using var rig = new ClusterRig(shards: 1, leaseSeconds: 3);
        var writes = SeedWrites();
        await using var connectionA = await rig.ConnectAsync("writer-a");
        var dying = new DyingStore(await ObjectSegmentStore.OpenAsync(connectionA, CancellationToken.None), putsBeforeDeath: 2);
        var writerA = await ShardWriter.OpenAsync(connectionA, dying, 0, Path.Combine(rig.DataPath, "writer-a"), NullLogger.Instance, CancellationToken.None);
        var replica = await rig.StartReplicaAsync(0, "replica");

        await Assert.ThrowsAsync<IOException>(() => writerA.ApplyAsync(writes, CancellationToken.None));
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.False(replica.Loaded.IsCompleted);

        // The log redelivers the unacknowledged writes to the next holder of the lease.
        await using var connectionB = await rig.ConnectAsync("writer-b");
        var writerB = await ShardWriter.OpenAsync(connectionB, await ObjectSegmentStore.OpenAsync(connectionB, CancellationToken.None), 0,
            Path.Combine(rig.DataPath, "writer-b"), NullLogger.Instance, CancellationToken.None);
        var manifest = await writerB.ApplyAsync(writes, CancellationToken.None);
        await replica.Loaded.WaitAsync(TimeSpan.FromSeconds(30));

        var folder = Path.Combine(rig.DataPath, "replica", "replica-0");
        using var directory = FSDirectory.Open(folder);
        Assert.True(new CheckIndex(directory).DoCheckIndex().Clean);
        using var reader = DirectoryReader.Open(directory);
        Assert.Equal(manifest!.Generation, reader.IndexCommit.Generation);
        using var served = ParagraphIndex.Open(folder);
        using var single = new SingleNode();
        Assert.Equal(single.Statistics, served.Statistics() with { LastCommit = single.Statistics.LastCommit });
    }

    private static List<DocumentWrite> SeedWrites()
    {
        var overrides = MetadataSidecar.Read(RepositoryPaths.Seeds);
        return [.. SourceFolder.Files(RepositoryPaths.Seeds).Select(file => new DocumentWrite(
            Path.GetFileNameWithoutExtension(file), Path.GetFileName(file), File.ReadAllBytes(file),
            MetadataSidecar.ForFile(file, overrides) is { } entry ? MetadataSidecar.Serialize(entry) : null, Deleted: false))];
    }

    /// <summary>Uploads a few files, then fails every upload as a writer's process dying mid-upload would stop them.</summary>
    private sealed class DyingStore(ISegmentStore inner, int putsBeforeDeath) : ISegmentStore
    {
        private int puts;

        public Task<bool> ContainsAsync(string sha256, CancellationToken cancellation) => inner.ContainsAsync(sha256, cancellation);

        public Task PutAsync(string sha256, string path, CancellationToken cancellation) =>
            Interlocked.Increment(ref puts) > putsBeforeDeath ? throw new IOException("The writer died mid-upload.") : inner.PutAsync(sha256, path, cancellation);

        public Task GetAsync(string sha256, string path, CancellationToken cancellation) => inner.GetAsync(sha256, path, cancellation);
    }
}
