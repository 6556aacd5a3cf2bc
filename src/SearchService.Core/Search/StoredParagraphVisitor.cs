using Lucene.Net.Index;
using SearchService.Core.Indexing;

namespace SearchService.Core.Search;

/// <summary>
/// Reads one paragraph's stored fields straight into a <see cref="StoredParagraph"/>. Lucene's
/// <c>IndexSearcher.Doc</c> builds a <c>Document</c> of field objects first, and each <c>Get</c> then scans them
/// by name: a field object and its type per stored field of every hit, about a twelfth of what a search allocated.
/// Reads the first value of a field stored more than once, as <c>Document.Get</c> did, and every value of
/// <see cref="ParagraphFields.RegionsMentioned"/>; a stored field it does not map (a facet's) is read and left.
/// </summary>
internal sealed class StoredParagraphVisitor(ISet<string>? only) : StoredFieldVisitor
{
    private string? documentId, title, region, date, section, text, organisation, documentType, sourceUrl, municipality, fileName;
    private int? number, startOffset, endOffset, page;
    private List<string>? regionsMentioned;

    /// <inheritdoc />
    public override Status NeedsField(FieldInfo fieldInfo) => only is null || only.Contains(fieldInfo.Name) ? Status.YES : Status.NO;

    /// <inheritdoc />
    public override void StringField(FieldInfo fieldInfo, string value)
    {
        switch (fieldInfo.Name)
        {
            case ParagraphFields.DocumentId: documentId ??= value; break;
            case ParagraphFields.Title: title ??= value; break;
            case ParagraphFields.Region: region ??= value; break;
            case ParagraphFields.RegionsMentioned: (regionsMentioned ??= []).Add(value); break;
            case ParagraphFields.Date: date ??= value; break;
            case ParagraphFields.Section: section ??= value; break;
            case ParagraphFields.Text: text ??= value; break;
            case ParagraphFields.Organisation: organisation ??= value; break;
            case ParagraphFields.DocumentType: documentType ??= value; break;
            case ParagraphFields.SourceUrl: sourceUrl ??= value; break;
            case ParagraphFields.Municipality: municipality ??= value; break;
            case ParagraphFields.FileName: fileName ??= value; break;
        }
    }

    /// <inheritdoc />
    public override void Int32Field(FieldInfo fieldInfo, int value)
    {
        switch (fieldInfo.Name)
        {
            case ParagraphFields.Number: number ??= value; break;
            case ParagraphFields.StartOffset: startOffset ??= value; break;
            case ParagraphFields.EndOffset: endOffset ??= value; break;
            case ParagraphFields.Page: page ??= value; break;
        }
    }

    /// <summary>The paragraph read; a field not read is absent (null, or 0 for the number and offsets).</summary>
    public StoredParagraph Paragraph() => new(
        ParagraphDocumentFactory.ParagraphId(documentId!, number ?? 0),
        documentId!,
        title!,
        region,
        regionsMentioned ?? [],
        date,
        section,
        number ?? 0,
        text!,
        startOffset ?? 0,
        endOffset ?? 0,
        page,
        organisation,
        documentType,
        sourceUrl,
        municipality,
        fileName);
}
