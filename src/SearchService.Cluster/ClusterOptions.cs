namespace SearchService.Cluster;

/// <summary>
/// The <c>Cluster</c> configuration section: which role this process plays and where the cluster's
/// NATS servers are. Absent (no <see cref="Role"/>), the service runs as one node, as it always has.
/// </summary>
public sealed class ClusterOptions
{
    /// <summary>Name of the configuration section.</summary>
    public const string Section = "Cluster";

    /// <summary><c>coordinator</c>, <c>replica</c>, <c>indexer</c> or <c>ingest</c> (publish a folder and exit); empty for a single node.</summary>
    public string? Role { get; set; }

    /// <summary>Comma-separated NATS server URLs; the client fails over between them.</summary>
    public string NatsUrls { get; set; } = "nats://127.0.0.1:4222";

    /// <summary>Number of shards S, fixed when the cluster's index is created.</summary>
    public int Shards { get; set; } = 2;

    /// <summary>The shard a replica or indexer serves (0-based).</summary>
    public int ShardId { get; set; }

    /// <summary>Copies JetStream keeps of the ingest log, heads, leases and segment files (1 or 3; at most the number of NATS servers).</summary>
    public int StorageReplicas { get; set; } = 3;

    /// <summary>Folder for this process's local copy of its shard's index.</summary>
    public string DataPath { get; set; } = "cluster-data";

    /// <summary>Folder an <c>ingest</c> process publishes.</summary>
    public string? SourcePath { get; set; }

    /// <summary>How long the coordinator waits for one shard's answer, hedge included.</summary>
    public double ShardTimeoutSeconds { get; set; } = 2;

    /// <summary>When a shard has not answered after this long, the coordinator asks it once more (another replica may answer first).</summary>
    public double HedgeAfterSeconds { get; set; } = 0.25;

    /// <summary>Score with the whole corpus's statistics (one more round trip per search: each shard's figures
    /// for the query's terms, summed), so shards rank as the single node; false: each shard's own.</summary>
    public bool CorpusStatistics { get; set; } = true;

    /// <summary>How long a shard writer's lease lives without renewal.</summary>
    public double LeaseSeconds { get; set; } = 10;

    /// <summary>How long a batch delivered to an indexer waits for its acknowledgement before the log delivers it
    /// again: the delay before a batch of an indexer that died (or hangs) is replayed. Longer than a batch takes.</summary>
    public double AckWaitSeconds { get; set; } = 120;

    /// <summary>Crashes an indexer stages for tests (<c>Cluster:Faults:…</c>); all off by default.</summary>
    public Indexing.IndexerFaults Faults { get; set; } = new();

    /// <summary>A stable name for this process in leases and replica status.</summary>
    public string InstanceName { get; set; } = $"{Environment.MachineName}-{Environment.ProcessId}";
}
