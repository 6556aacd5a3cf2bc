namespace SearchService.Core.Documents;

/// <summary>A document as read from the source folder, before splitting.</summary>
/// <param name="Id">Document id: the file name without extension.</param>
/// <param name="FileName">File name within the source folder.</param>
/// <param name="Text">The whole text as splitter text (for .txt and .md the file as read).</param>
/// <param name="Title">The title the file declares (Word properties, PDF information, HTML title), or null.</param>
/// <param name="PageStarts">Offsets in <paramref name="Text"/> where pages start, for formats with pages; otherwise empty or null.</param>
/// <param name="HeadingsMarked">Whether every heading is marked with <c>#</c> (structured formats), so no other line is taken for one.</param>
public sealed record SourceDocument(string Id, string FileName, string Text, string? Title = null, IReadOnlyList<int>? PageStarts = null, bool HeadingsMarked = false);
