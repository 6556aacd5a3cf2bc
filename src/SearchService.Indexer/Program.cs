using SearchService.Indexer;

return IndexerCommands.Create().Parse(args).Invoke();
