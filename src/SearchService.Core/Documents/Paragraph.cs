namespace SearchService.Core.Documents;

/// <summary>A unit of text a reader would quote, the unit the index stores and search returns.</summary>
/// <param name="Number">1-based position among the document's paragraphs.</param>
/// <param name="Section">The heading the paragraph stands under, if any.</param>
/// <param name="Text">Cleaned plain text (markdown and page furniture removed, whitespace collapsed).</param>
/// <param name="StartOffset">Character offset in the source text where the paragraph starts.</param>
/// <param name="EndOffset">Character offset in the source text where the paragraph ends (exclusive).</param>
/// <param name="Page">1-based page the paragraph starts on, for formats with pages (PDF).</param>
public sealed record Paragraph(int Number, string? Section, string Text, int StartOffset, int EndOffset, int? Page = null);
