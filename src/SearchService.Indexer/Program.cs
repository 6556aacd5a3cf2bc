using SearchService.Core.Analysis;
using SearchService.Indexer;

// A batch program: its analysis caches may hold its corpus's vocabulary (WordCacheBudget).
WordCacheBudget.Words = WordCacheBudget.Batch;
try
{
    return await IndexerCommands.Create().Parse(args).InvokeAsync();
}
catch (InvalidDataException e)
{
    // Only the configuration is read before a command runs; the commands report their own errors.
    Console.Error.WriteLine($"error: {e.Message}");
    return ExitCodes.Failure;
}
