namespace SearchService.Core.Documents;

/// <summary>A document as read from the source folder, before splitting.</summary>
/// <param name="Id">Document id: the file name without extension.</param>
/// <param name="FileName">File name within the source folder.</param>
/// <param name="Text">The whole text as read (UTF-8).</param>
public sealed record SourceDocument(string Id, string FileName, string Text);
