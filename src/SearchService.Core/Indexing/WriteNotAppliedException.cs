namespace SearchService.Core.Indexing;

/// <summary>A document write or delete that the committed index does not reflect afterwards (a file the
/// update skipped, another file of the same id winning): the caller must not be told it succeeded.</summary>
public sealed class WriteNotAppliedException(string message) : Exception(message);
