namespace SearchService.Core.Documents.Readers;

/// <summary>
/// What every reader makes of a file, whatever its format: text in the form the paragraph splitter
/// reads (blank-line separated blocks, <c># </c> headings, <c>• </c> list items), a title when the
/// file states one, and where each page starts for formats that have pages.
/// </summary>
/// <param name="Text">The document as splitter text.</param>
/// <param name="Title">The title the file itself declares (e.g. Word's document title), or null.</param>
/// <param name="PageStarts">Offsets in <paramref name="Text"/> where pages 1, 2, … start; empty when the format has no pages.</param>
/// <param name="HeadingsMarked">Whether the reader knew the headings and marked each with <c>#</c>, so a
/// short paragraph is not mistaken for one (true for PDF, Word and HTML; plain text relies on shape).</param>
public sealed record ExtractedDocument(string Text, string? Title, IReadOnlyList<int> PageStarts, bool HeadingsMarked = false)
{
    /// <summary>The 1-based page holding <paramref name="offset"/>, or null when the document has no pages.</summary>
    public int? PageAt(int offset)
    {
        if (PageStarts.Count == 0)
        {
            return null;
        }
        // The last page starting at or before the offset.
        int low = 0, high = PageStarts.Count - 1;
        while (low < high)
        {
            var middle = (low + high + 1) / 2;
            if (PageStarts[middle] <= offset)
            {
                low = middle;
            }
            else
            {
                high = middle - 1;
            }
        }
        return low + 1;
    }
}
