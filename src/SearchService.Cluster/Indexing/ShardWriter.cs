using Lucene.Net.Index;
using Lucene.Net.Store;
using Microsoft.Extensions.Logging;
using SearchService.Cluster.Ingest;
using SearchService.Cluster.Shipping;
using SearchService.Core.Analysis;
using SearchService.Core.Documents;
using SearchService.Core.Indexing;

namespace SearchService.Cluster.Indexing;

/// <summary>
/// The single writer of one shard while it holds the shard's lease. It applies document writes with the
/// single node's own <see cref="IndexUpdater"/> (by document id, so a replayed write changes nothing),
/// uploads the commit's files by content, and publishes the commit by advancing the head with
/// compare-and-set. A writer whose lease was taken over fails that CAS and publishes nothing.
/// </summary>
public sealed class ShardWriter
{
    /// <summary>The analysis every shard is indexed with: the single node's default. A coordinator, which has no
    /// index to read it from, explains queries with it (<c>/api/analyze</c>).</summary>
    public const AnalysisMode Analysis = AnalysisMode.Swedish;

    private readonly ISegmentStore store;
    private readonly ShardHead head;
    private readonly WriterLease lease;
    private readonly int shard;
    private readonly string folder;
    private readonly string owner;
    private readonly IndexerFaults faults;
    private ulong headRevision;

    private ShardWriter(ISegmentStore store, ShardHead head, WriterLease lease, int shard, string folder, string owner, IndexerFaults faults)
    {
        this.store = store;
        this.head = head;
        this.lease = lease;
        this.shard = shard;
        this.folder = folder;
        this.owner = owner;
        this.faults = faults;
    }

    /// <summary>The lease this writer holds.</summary>
    public WriterLease Lease => lease;

    /// <summary>Takes the shard's lease (waiting while another writer holds it; keeping <paramref name="held"/>, the
    /// lease of this indexer's previous writer, when it still has it) and starts from the shard's published head,
    /// so the local index is exactly what replicas serve.</summary>
    public static async Task<ShardWriter> OpenAsync(ClusterConnection connection, ISegmentStore store, int shard, string folder, ILogger logger, CancellationToken cancellation,
        WriterLease? held = null)
    {
        var owner = connection.Options.InstanceName;
        var lease = held ?? new WriterLease(await connection.LeasesAsync(cancellation), shard, owner);
        if (held is null || !await held.TryRenewAsync(cancellation))
        {
            await lease.AcquireAsync(TimeSpan.FromSeconds(connection.Options.LeaseSeconds / 4), cancellation);
        }
        var writer = new ShardWriter(store, new ShardHead(await connection.HeadsAsync(cancellation), shard), lease, shard, folder, owner, connection.Options.Faults);
        var (manifest, revision) = await writer.head.ReadAsync(cancellation);
        writer.headRevision = revision;
        // Whatever a previous run left locally may be ahead of the head (published nowhere) or behind it: what
        // the head does not name goes, and of what it names only files whose SHA-256 differs are fetched. So a
        // writer that restarts after an unanswered call (a NATS server lost) fetches nothing at all.
        if (manifest is null)
        {
            if (System.IO.Directory.Exists(folder))
            {
                System.IO.Directory.Delete(folder, recursive: true);
            }
        }
        else
        {
            var fetcher = new CommitFetcher(store, folder, logger);
            if (System.IO.Directory.Exists(folder))
            {
                fetcher.Prune(manifest);
            }
            await fetcher.ApplyAsync(manifest, cancellation);
        }
        logger.LogInformation("{Owner} writes {Shard} from generation {Generation}", owner, ClusterNames.Shard(shard), manifest?.Generation ?? 0);
        return writer;
    }

    /// <summary>Applies <paramref name="writes"/> and publishes the commit; null when they changed nothing.</summary>
    /// <exception cref="StaleWriterException">The lease or the head was lost to another writer: nothing was published.</exception>
    public async Task<CommitManifest?> ApplyAsync(IReadOnlyList<DocumentWrite> writes, CancellationToken cancellation)
    {
        var report = ApplyLocally(writes);
        if (!report.ChangedIndex)
        {
            return null;
        }
        var manifest = await UploadCommitAsync(cancellation);
        await lease.RenewAsync(cancellation);
        headRevision = await head.AdvanceAsync(manifest, headRevision, cancellation);
        return manifest;
    }

    // The writes of the batch as files in a scratch folder; the updater limited to their ids adds, replaces
    // and (for ids whose file is absent) deletes exactly those documents.
    private UpdateReport ApplyLocally(IReadOnlyList<DocumentWrite> writes)
    {
        var scratch = Path.Combine(Path.GetTempPath(), "searchservice-ingest", Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(scratch);
        try
        {
            var latest = writes.GroupBy(w => w.DocumentId, StringComparer.Ordinal).Select(g => g.Last()).ToList();
            foreach (var write in latest.Where(w => !w.Deleted && w.FileName is not null && w.Content is not null))
            {
                var path = Path.Combine(scratch, Path.GetFileName(write.FileName!));
                File.WriteAllBytes(path, write.Content!);
                if (write.Metadata is not null)
                {
                    File.WriteAllText(path + MetadataSidecar.FileSuffix, write.Metadata);
                }
            }
            return IndexUpdater.Update(scratch, folder, onlyIds: latest.Select(w => w.DocumentId).ToHashSet(StringComparer.Ordinal), analysis: Analysis);
        }
        finally
        {
            System.IO.Directory.Delete(scratch, recursive: true);
        }
    }

    private async Task<CommitManifest> UploadCommitAsync(CancellationToken cancellation)
    {
        using var directory = FSDirectory.Open(folder);
        var commit = DirectoryReader.ListCommits(directory)[^1];
        var files = new List<ManifestFile>();
        var uploaded = 0;
        foreach (var name in commit.FileNames.Order(StringComparer.Ordinal))
        {
            var path = Path.Combine(folder, name);
            var sha = await FileHash.OfAsync(path, cancellation);
            if (!await store.ContainsAsync(sha, cancellation))
            {
                await store.PutAsync(sha, path, cancellation);
                faults.AfterUpload(++uploaded);
            }
            files.Add(new ManifestFile(name, sha, new FileInfo(path).Length));
        }
        return new CommitManifest(shard, commit.Generation, commit.SegmentsFileName, files, owner, DateTimeOffset.UtcNow);
    }
}
