using SearchService.Indexer;

return await IndexerCommands.Create().Parse(args).InvokeAsync();
