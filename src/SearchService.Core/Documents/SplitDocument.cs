namespace SearchService.Core.Documents;

/// <summary>The outcome of splitting a document: its headings and its paragraphs, in source order.</summary>
public sealed record SplitDocument(IReadOnlyList<Heading> Headings, IReadOnlyList<Paragraph> Paragraphs);
