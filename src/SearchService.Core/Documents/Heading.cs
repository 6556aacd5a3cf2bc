namespace SearchService.Core.Documents;

/// <summary>A heading line of a document.</summary>
/// <param name="Text">Cleaned heading text.</param>
/// <param name="IsMarkdown">Whether the source marked it as a heading (<c>#</c>), rather than it being recognised by shape.</param>
/// <param name="Offset">Character offset in the source.</param>
public sealed record Heading(string Text, bool IsMarkdown, int Offset);
