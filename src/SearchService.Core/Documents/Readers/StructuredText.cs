using System.Text;

namespace SearchService.Core.Documents.Readers;

/// <summary>Writes the blocks a structured format yields (headings, paragraphs, list items, page
/// breaks) as splitter text, so Word, HTML and PDF go through the same splitting as plain text.</summary>
internal sealed class StructuredText
{
    private readonly StringBuilder text = new();
    private readonly List<int> pageStarts = [];
    private bool inList;

    /// <summary>Marks the start of the next page.</summary>
    public void StartPage()
    {
        EndList();
        pageStarts.Add(text.Length);
    }

    /// <summary>Adds a heading; it becomes the section of the paragraphs after it.</summary>
    public void AddHeading(string heading) => AddBlock("# " + OneLine(heading));

    /// <summary>Adds a paragraph of running text.</summary>
    public void AddParagraph(string paragraph) => AddBlock(OneLine(paragraph));

    /// <summary>Adds one item of a bullet or numbered list; each item becomes its own paragraph.</summary>
    public void AddListItem(string item)
    {
        var line = OneLine(item);
        if (line.Length == 0)
        {
            return;
        }
        if (!inList)
        {
            Separate();
            inList = true;
        }
        text.Append("• ").Append(line).Append('\n');
    }

    /// <summary>The document written so far.</summary>
    public ExtractedDocument ToDocument(string? title) =>
        new(text.ToString(), string.IsNullOrWhiteSpace(title) ? null : OneLine(title), pageStarts.ToList(), HeadingsMarked: true);

    private void AddBlock(string line)
    {
        if (line.Trim('#', ' ').Length == 0)
        {
            return;
        }
        EndList();
        Separate();
        text.Append(line).Append('\n');
    }

    private void EndList() => inList = false;

    private void Separate()
    {
        // A reader stops as soon as the text is over the limit rather than building all of an inflating file's text first.
        DocumentLimits.CheckTextLength(text.Length);
        if (text.Length > 0)
        {
            text.Append('\n');
        }
    }

    // Blocks are one line each so that a line break inside a source paragraph cannot split it.
    private static string OneLine(string value) => string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
