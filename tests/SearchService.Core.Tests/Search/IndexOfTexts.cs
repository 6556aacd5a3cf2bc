using SearchService.Core.Indexing;
using SearchService.Core.Search;
using SearchService.Tests;

namespace SearchService.Core.Tests.Search;

/// <summary>A real index on disk built by the indexer from plain-text files written for one test class:
/// each file's paragraphs, blank lines between them.</summary>
internal sealed class IndexOfTexts : IDisposable
{
    private readonly TemporaryFolder source = new();
    private readonly TemporaryFolder indexFolder = new();

    public IndexOfTexts(params (string FileName, IEnumerable<string> Paragraphs)[] files)
    {
        foreach (var (fileName, paragraphs) in files)
        {
            File.WriteAllText(Path.Combine(source.Path, fileName), string.Join("\n\n", paragraphs));
        }
        IndexUpdater.Rebuild(source.Path, indexFolder.Path);
        Index = ParagraphIndex.Open(indexFolder.Path);
    }

    public ParagraphIndex Index { get; }

    public void Dispose()
    {
        Index.Dispose();
        indexFolder.Dispose();
        source.Dispose();
    }
}
