namespace SearchService.Core.Documents;

/// <summary>A stretch of source text with its position: a block, a line or a list item.</summary>
internal readonly record struct TextRun(string Text, int Start)
{
    public int End => Start + Text.Length;
}
