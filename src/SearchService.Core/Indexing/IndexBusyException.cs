namespace SearchService.Core.Indexing;

/// <summary>Another writer (an indexer run, <c>--watch</c>, or the service's document API) holds
/// the index's write lock; nothing was changed.</summary>
public sealed class IndexBusyException(string indexFolder, Exception inner)
    : IOException($"The index in {indexFolder} is being written by another process (indexer or service); try again when it is done.", inner);
