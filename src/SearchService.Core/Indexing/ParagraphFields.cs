namespace SearchService.Core.Indexing;

/// <summary>Names of the fields of a paragraph in the Lucene index, shared by indexing and searching.</summary>
public static class ParagraphFields
{
    /// <summary>Id of the document the paragraph belongs to (file name without extension); term, stored, and sorted doc values for counting documents.</summary>
    public const string DocumentId = "documentId";

    /// <summary>Document title, analysed and stored.</summary>
    public const string Title = "title";

    /// <summary>Heading the paragraph stands under, analysed and stored.</summary>
    public const string Section = "section";

    /// <summary>Paragraph text, analysed and stored.</summary>
    public const string Text = "text";

    /// <summary>Stemmed parts of the paragraph's compound words (Swedish analysis only; not stored).</summary>
    public const string TextParts = "text.parts";

    /// <summary>Paragraph words as written, lower case, stop words dropped: the vocabulary for suggestions and the written-form bonus (Swedish analysis only; not stored).</summary>
    public const string TextWords = "text.words";

    /// <summary>The document's region (exact value, stored, with sorted doc values for facets).</summary>
    public const string Region = "region";

    /// <summary>Every region the document mentions (stored, multi-valued).</summary>
    public const string RegionsMentioned = "regionsMentioned";

    /// <summary>Document date as yyyy-MM-dd: term, stored, and sorted doc values for the newest first.</summary>
    public const string Date = "date";

    /// <summary>The key of the paragraph's text for listing each text once (<c>DistinctTexts.KeyOf</c>), as numeric doc values.</summary>
    public const string TextKey = "textKey";

    /// <summary>1-based paragraph number within its document, stored and as numeric doc values.</summary>
    public const string Number = "paragraph";

    /// <summary>Character offset in the source file where the paragraph starts.</summary>
    public const string StartOffset = "startOffset";

    /// <summary>Character offset in the source file where the paragraph ends (exclusive).</summary>
    public const string EndOffset = "endOffset";

    /// <summary>Publishing organisation: lower-cased term for filtering, original stored and as sorted doc values for facets.</summary>
    public const string Organisation = "organisation";

    /// <summary>Document type (budget, motion …), lower case: term, stored, sorted doc values.</summary>
    public const string DocumentType = "documentType";

    /// <summary>Year of the document's date: term, stored, sorted doc values.</summary>
    public const string Year = "year";

    /// <summary>The publishing municipality's name (canonical, e.g. "Kiruna"): term, stored, sorted doc values.</summary>
    public const string Municipality = "municipality";

    /// <summary>Where the original can be read, stored.</summary>
    public const string SourceUrl = "sourceUrl";

    /// <summary>1-based page the paragraph starts on (PDF), stored.</summary>
    public const string Page = "page";

    /// <summary>The source file's name in the source folder, stored.</summary>
    public const string FileName = "fileName";

    /// <summary>Hash of the source file and its metadata (sorted doc values), to skip unchanged files on re-runs.</summary>
    public const string ContentHash = "contentHash";
}
