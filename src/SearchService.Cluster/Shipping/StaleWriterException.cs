namespace SearchService.Cluster.Shipping;

/// <summary>A shard writer tried to publish after losing its lease or being overtaken by another writer.</summary>
public sealed class StaleWriterException(string message, Exception? inner = null) : Exception(message, inner);
