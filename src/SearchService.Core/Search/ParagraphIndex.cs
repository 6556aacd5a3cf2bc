using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using SearchService.Core.Analysis;
using SearchService.Core.Indexing;
using SearchService.Core.Search.Scoring;

namespace SearchService.Core.Search;

/// <summary>
/// The open paragraph index of a running service: one directory, one analyzer and one long-lived
/// <see cref="SearcherManager"/> for the whole process. Requests lease searchers from it;
/// <see cref="Refresh"/> picks up commits made by an indexer since.
/// </summary>
public sealed class ParagraphIndex : IDisposable
{
    private readonly FSDirectory directory;
    private readonly SearcherManager manager;
    private readonly ConditionalWeakTable<IndexReader, IndexStatistics> statistics = new();

    private ParagraphIndex(string path, FSDirectory directory, SearcherManager manager, AnalysisMode analysis, IReadOnlyList<MetadataFacet> facets)
    {
        Path = path;
        Facets = facets;
        this.directory = directory;
        this.manager = manager;
        Analysis = TextAnalysis.Create(analysis);
    }

    /// <summary>Folder of the index.</summary>
    public string Path { get; }

    /// <summary>The analysis the index was built with (from its commit; an index without it is
    /// <see cref="AnalysisMode.Standard"/>), for queries and highlighting.</summary>
    public TextAnalysis Analysis { get; }

    /// <summary>The facets searches over this index filter on and count (<see cref="MetadataFacet.All"/> unless opened with others).</summary>
    public IReadOnlyList<MetadataFacet> Facets { get; }

    /// <summary>Opens the committed index in <paramref name="path"/>.</summary>
    /// <param name="path">The index folder.</param>
    /// <param name="facets">The facets searched (by default <see cref="MetadataFacet.All"/>; the index must have been built with them).</param>
    /// <param name="searchers">Makes the searchers (default <see cref="Ranking.SearcherFactory"/>); a cluster
    /// replica's scores with statistics of the whole corpus.</param>
    /// <exception cref="IndexNotFoundException">The folder holds no committed index.</exception>
    /// <exception cref="IOException">The index cannot be read (e.g. it is corrupt).</exception>
    public static ParagraphIndex Open(string path, IReadOnlyList<MetadataFacet>? facets = null, SearcherFactory? searchers = null)
    {
        FSDirectory directory = new MappedDirectory(new DirectoryInfo(path));
        try
        {
            var analysis = CommitMetadata.Analysis(DirectoryReader.ListCommits(directory)[^1].UserData) ?? AnalysisMode.Standard;
            return new ParagraphIndex(path, directory, new SearcherManager(directory, searchers ?? new Ranking.SearcherFactory()), analysis, facets ?? MetadataFacet.All);
        }
        catch
        {
            directory.Dispose();
            throw;
        }
    }

    /// <summary>Borrows the current searcher; dispose the lease when done.</summary>
    public SearcherLease Acquire() => new(manager);

    /// <summary>Counts of the served commit and the time it was made; read once per commit.</summary>
    public IndexStatistics Statistics()
    {
        using var lease = Acquire();
        var reader = (DirectoryReader)lease.Searcher.IndexReader;
        // Reading every document's hash took large allocations per /health at 100,000 paragraphs, and
        // health is asked every few seconds, under load too. Kept with the reader, so gone with it.
        return statistics.GetValue(reader, _ => new IndexStatistics(
            // Live documents only: ids of deleted paragraphs stay in the term dictionary until segments merge.
            IndexedHashes.Read(reader).Count, reader.NumDocs, CommitMetadata.CommitTime(reader.IndexCommit.UserData)));
    }

    /// <summary>Switches to the newest commit if there is one; true when it switched.</summary>
    public bool Refresh()
    {
        if (manager.IsSearcherCurrent())
        {
            return false;
        }
        manager.MaybeRefreshBlocking();
        return true;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        manager.Dispose();
        Analysis.Dispose();
        directory.Dispose();
    }
}
