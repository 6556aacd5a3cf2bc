using SearchService.Core.Indexing;
using SearchService.Core.Search;
using SearchService.Tests;

namespace SearchService.Core.Tests.Search;

/// <summary>A real on-disk index of the five seeds, built once for the search tests.</summary>
public sealed class SeedIndexFixture : IDisposable
{
    private readonly TemporaryFolder folder = new();

    public SeedIndexFixture()
    {
        IndexUpdater.Rebuild(RepositoryPaths.Seeds, folder.Path);
        Index = ParagraphIndex.Open(folder.Path);
        Searcher = new ParagraphSearcher(Index);
    }

    public ParagraphIndex Index { get; }

    public ParagraphSearcher Searcher { get; }

    public void Dispose()
    {
        Index.Dispose();
        folder.Dispose();
    }
}
