using SearchService.Core.Search;
using SearchService.Core.Search.Queries;

namespace SearchService.Bench.Latency;

/// <summary>
/// Opens an index for measuring as the service serves it once warm: after every segment's runs of letters
/// (<see cref="VocabularyGrams"/>) are read. The service reads them in the background at start and answers
/// <c>/health</c> 503 "warming" until they are; measured before, the first rounds shared the cores with
/// that reading (seconds at a million paragraphs), and its allocation and CPU went into the latencies.
/// </summary>
internal static class SteadyIndex
{
    public static ParagraphIndex Open(string indexFolder)
    {
        var index = ParagraphIndex.Open(indexFolder);
        using var lease = index.Acquire();
        Task.WaitAll([.. VocabularyGrams.SearchedFields.Select(field => VocabularyGrams.Ready(lease.Searcher.IndexReader, field))]);
        return index;
    }
}
