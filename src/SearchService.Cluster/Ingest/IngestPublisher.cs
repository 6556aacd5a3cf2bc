using NATS.Client.JetStream;
using SearchService.Core.Documents;

namespace SearchService.Cluster.Ingest;

/// <summary>
/// Puts document writes into the durable ingest log, each on its shard's subject. A write is accepted
/// when JetStream has stored it on a majority of its servers; without a majority the publish fails
/// with <see cref="IngestUnavailableException"/>.
/// </summary>
public sealed class IngestPublisher(ClusterConnection connection)
{
    private static readonly TimeSpan PublishPatience = TimeSpan.FromSeconds(8);

    /// <summary>Publishes one write.</summary>
    /// <exception cref="IngestUnavailableException">The log could not store it.</exception>
    public async Task PublishAsync(DocumentWrite write, CancellationToken cancellation)
    {
        var shard = ShardRouter.ShardOf(write.DocumentId, connection.Options.Shards);
        try
        {
            // A lost stream leader is re-elected within seconds: retried that long, then reported.
            await Retry.UntilAsync(async () =>
            {
                var ack = await connection.JetStream.PublishAsync(ClusterNames.IngestSubject(shard, write.DocumentId), write.ToBytes(), cancellationToken: cancellation);
                ack.EnsureSuccess();
            }, PublishPatience, cancellation);
        }
        catch (Exception e) when (e is NatsJSException or NATS.Client.Core.NatsException or TimeoutException)
        {
            throw new IngestUnavailableException($"The ingest log did not store the write of {write.DocumentId}: {e.Message}. Is a majority of the NATS servers up?", e);
        }
    }

    /// <summary>Publishes every document of <paramref name="sourceFolder"/>, with its metadata; the number published.</summary>
    /// <exception cref="IngestUnavailableException">The log could not store a write.</exception>
    public async Task<int> PublishFolderAsync(string sourceFolder, CancellationToken cancellation)
    {
        var overrides = MetadataSidecar.Read(sourceFolder);
        var published = 0;
        foreach (var file in SourceFolder.Files(sourceFolder))
        {
            var entry = MetadataSidecar.ForFile(file, overrides);
            var write = new DocumentWrite(Path.GetFileNameWithoutExtension(file), Path.GetFileName(file), SourceFolder.ReadFile(file),
                entry is null ? null : MetadataSidecar.Serialize(entry), Deleted: false);
            await PublishAsync(write, cancellation);
            published++;
        }
        return published;
    }
}
