using SearchService.Core.Indexing;
using SearchService.Core.Search;
using SearchService.Tests;

namespace SearchService.Cluster.Tests;

/// <summary>The single node over the seeds, as the reference a cluster must equal.</summary>
public sealed class SingleNode : IDisposable
{
    private readonly TemporaryFolder folder = new();
    private readonly ParagraphIndex index;

    public SingleNode()
    {
        IndexUpdater.Update(RepositoryPaths.Seeds, folder.Path);
        index = ParagraphIndex.Open(folder.Path);
        Searcher = new ParagraphSearcher(index);
        Listing = new MatchListing(index);
    }

    public ParagraphSearcher Searcher { get; }

    public MatchListing Listing { get; }

    /// <summary>Documents and paragraphs of the index.</summary>
    public IndexStatistics Statistics => index.Statistics();

    public void Dispose()
    {
        index.Dispose();
        folder.Dispose();
    }
}
