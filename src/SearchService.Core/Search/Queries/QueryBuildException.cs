namespace SearchService.Core.Search.Queries;

/// <summary>A query that parsed but asks for nothing searchable (only stop words, only exclusions).
/// Its message is written for the person who typed the query.</summary>
public sealed class QueryBuildException(string message) : Exception(message);
