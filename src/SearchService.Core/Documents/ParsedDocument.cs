namespace SearchService.Core.Documents;

/// <summary>A document ready for indexing: its metadata and its paragraphs in order.</summary>
public sealed record ParsedDocument(string Id, string FileName, DocumentMetadata Metadata, IReadOnlyList<Paragraph> Paragraphs);
