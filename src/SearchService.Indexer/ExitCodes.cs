namespace SearchService.Indexer;

/// <summary>Process exit codes of the indexer, documented in the README.</summary>
internal static class ExitCodes
{
    public const int Success = 0;
    public const int Failure = 1;
    public const int SkippedFiles = 3;
}
