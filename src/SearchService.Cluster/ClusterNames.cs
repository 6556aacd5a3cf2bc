using System.Text;

namespace SearchService.Cluster;

/// <summary>The names of the cluster's JetStream stream, buckets and subjects: one place, so every role agrees.</summary>
public static class ClusterNames
{
    /// <summary>The ingest log: one subject per document, keeping only its latest write.</summary>
    public const string IngestStream = "INGEST";

    /// <summary>KV bucket of each shard's current commit (the head pointer).</summary>
    public const string HeadsBucket = "shard-heads";

    /// <summary>KV bucket of the shard writers' leases (entries expire unless renewed).</summary>
    public const string LeasesBucket = "shard-leases";

    /// <summary>KV bucket where replicas report the generation they serve (entries expire when a replica stops).</summary>
    public const string ReplicasBucket = "shard-replicas";

    /// <summary>Object Store bucket of index files, named by their SHA-256.</summary>
    public const string SegmentsBucket = "segments";

    /// <summary>The stream that holds <see cref="SegmentsBucket"/> (JetStream's Object Store naming).</summary>
    public const string SegmentsStream = "OBJ_" + SegmentsBucket;

    /// <summary>Subject of the chunks of one stored object (JetStream's Object Store naming).</summary>
    public static string SegmentChunks(string nuid) => $"$O.{SegmentsBucket}.C.{nuid}";

    /// <summary>Display name of a shard in answers and health.</summary>
    public static string Shard(int shard) => $"shard-{shard}";

    /// <summary>Subject of one document's writes.</summary>
    public static string IngestSubject(int shard, string documentId) =>
        // Subject tokens cannot hold '.', '*', '>' or spaces: the id travels base64url-encoded.
        $"ingest.{shard}.{Convert.ToBase64String(Encoding.UTF8.GetBytes(documentId)).TrimEnd('=').Replace('+', '-').Replace('/', '_')}";

    /// <summary>Subjects of all writes to one shard.</summary>
    public static string IngestFilter(int shard) => $"ingest.{shard}.>";

    /// <summary>Durable consumer of one shard's writer.</summary>
    public static string IndexerConsumer(int shard) => $"indexer-{shard}";

    /// <summary>Subject a shard's replicas answer searches on, as one queue group.</summary>
    public static string SearchSubject(int shard) => $"search.{shard}";

    /// <summary>Subject one replica alone answers on, for the coordinator's choice of replica and its hedge.</summary>
    public static string ReplicaSearchSubject(int shard, string instance) => $"search.{shard}.{instance}";

    /// <summary>Key of one replica in <see cref="ReplicasBucket"/>.</summary>
    public static string ReplicaKey(int shard, string instance) => $"{Shard(shard)}.{instance}";
}
