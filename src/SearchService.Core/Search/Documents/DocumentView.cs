using System.ComponentModel;

namespace SearchService.Core.Search.Documents;

/// <summary>A document as the index holds it: metadata and a page of its paragraphs in order.</summary>
public sealed record DocumentView(
    [property: Description("Document id (file name without extension).")] string Id,
    [property: Description("Document title.")] string Title,
    [property: Description("The document's region, or null when it is about none or several.")] string? Region,
    [property: Description("Every region the document mentions.")] IReadOnlyList<string> RegionsMentioned,
    [property: Description("Document date (yyyy-MM-dd), or null.")] string? Date,
    [property: Description("A page of the paragraphs in document order (see `from` and `paragraphCount`).")] IReadOnlyList<DocumentParagraph> Paragraphs,
    [property: Description("Publishing organisation, or null when unknown.")] string? Organisation = null,
    [property: Description("Document type (budget, motion, revisionssvar, nyhet …), or null when unknown.")] string? DocumentType = null,
    [property: Description("Where the original document can be read, or null.")] string? SourceUrl = null,
    [property: Description("The source file's name.")] string? FileName = null,
    [property: Description("Paragraphs in the whole document; `paragraphs` holds a page of them.")] int ParagraphCount = 0,
    [property: Description("Position (1-based, in document order) of the first paragraph in `paragraphs`.")] int From = 1);

/// <summary>One paragraph of a <see cref="DocumentView"/>.</summary>
public sealed partial record DocumentParagraph(
    [property: Description("Paragraph id, as in search hits.")] string Id,
    [property: Description("1-based paragraph number.")] int Paragraph,
    [property: Description("Heading the paragraph stands under, or null.")] string? Section,
    [property: Description("Paragraph text.")] string Text,
    [property: Description("Start offset in the document's extracted text (the file itself for .txt/.md).")] int StartOffset,
    [property: Description("End offset in the source file (exclusive).")] int EndOffset,
    [property: Description("1-based page the paragraph starts on, for paged sources (PDF); null otherwise.")] int? Page = null);
