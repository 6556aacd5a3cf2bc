using SearchService.Core.Documents;

namespace SearchService.Core.Indexing;

/// <summary>What an index update did.</summary>
/// <param name="Added">Documents new to the index.</param>
/// <param name="Changed">Documents whose file or metadata changed, re-indexed.</param>
/// <param name="Removed">Documents whose file is gone, deleted from the index.</param>
/// <param name="Unchanged">Documents whose file and metadata hash matched, left as they were.</param>
/// <param name="ParagraphsWritten">Paragraphs written by this update.</param>
/// <param name="ParagraphsInIndex">Paragraphs in the index after the update.</param>
/// <param name="Skipped">Files that could not be read, with the reason.</param>
/// <param name="Elapsed">Wall time of the update.</param>
public sealed record UpdateReport(
    int Added,
    int Changed,
    int Removed,
    int Unchanged,
    int ParagraphsWritten,
    int ParagraphsInIndex,
    IReadOnlyList<SourceFolder.SkippedFile> Skipped,
    TimeSpan Elapsed)
{
    /// <summary>Whether the update changed the index (and so made a new commit).</summary>
    public bool ChangedIndex => Added + Changed + Removed > 0;
}
