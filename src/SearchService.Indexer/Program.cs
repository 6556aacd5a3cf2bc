using SearchService.Indexer;

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
