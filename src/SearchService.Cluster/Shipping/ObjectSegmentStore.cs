using NATS.Client.JetStream;
using NATS.Client.JetStream.Models;
using NATS.Client.ObjectStore;

namespace SearchService.Cluster.Shipping;

/// <summary>Index files in the cluster's JetStream Object Store bucket (chunked and replicated by JetStream).</summary>
public sealed class ObjectSegmentStore(INatsObjStore bucket, INatsJSStream stream) : ISegmentStore
{
    /// <summary>The store of <paramref name="connection"/>'s segments bucket.</summary>
    public static async Task<ObjectSegmentStore> OpenAsync(ClusterConnection connection, CancellationToken cancellation) =>
        new(await connection.Objects.GetObjectStoreAsync(ClusterNames.SegmentsBucket, cancellation),
            await connection.JetStream.GetStreamAsync(ClusterNames.SegmentsStream, cancellationToken: cancellation));

    /// <inheritdoc />
    public async Task<bool> ContainsAsync(string sha256, CancellationToken cancellation)
    {
        try
        {
            var info = await bucket.GetInfoAsync(sha256, cancellationToken: cancellation);
            return !info.Deleted;
        }
        catch (NatsObjNotFoundException)
        {
            return false;
        }
    }

    /// <inheritdoc />
    public async Task PutAsync(string sha256, string path, CancellationToken cancellation)
    {
        await using var file = File.OpenRead(path);
        await bucket.PutAsync(sha256, file, cancellationToken: cancellation);
    }

    /// <summary>Reads the object's chunks one stream message at a time, by subject, rather than through the client's
    /// object read: that creates an ephemeral consumer, and with one of three servers (nats-server 2.9) killed,
    /// creating one went unanswered for minutes in the tests, while a message read needs only the stream's leader,
    /// elected again within seconds. The caller checks the file's SHA-256 (<see cref="CommitFetcher"/>).</summary>
    /// <inheritdoc />
    public async Task GetAsync(string sha256, string path, CancellationToken cancellation)
    {
        var info = await bucket.GetInfoAsync(sha256, cancellationToken: cancellation);
        var chunks = ClusterNames.SegmentChunks(info.Nuid ?? throw new InvalidDataException($"Object {sha256} has no chunks."));
        await using var file = File.Create(path);
        ulong next = 0;
        for (var chunk = 0; chunk < info.Chunks; chunk++)
        {
            var message = (await stream.GetAsync(new StreamMsgGetRequest { NextBySubj = chunks, Seq = next }, cancellation)).Message;
            await file.WriteAsync(message.Data, cancellation);
            next = (ulong)message.Seq + 1;
        }
    }
}
