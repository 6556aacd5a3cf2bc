namespace SearchService.Cluster.Ingest;

/// <summary>The ingest log could not store a write (no JetStream majority, or no server reachable).</summary>
public sealed class IngestUnavailableException(string message, Exception inner) : Exception(message, inner);
