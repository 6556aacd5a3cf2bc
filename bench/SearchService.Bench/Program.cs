using SearchService.Bench;

return BenchCommands.Create().Parse(args).Invoke();
