using System.Text.RegularExpressions;

namespace SearchService.Core.Documents;

/// <summary>Chooses a document's title: its first markdown heading near the top; otherwise its first
/// heading that is not just the publisher's name ("Region Östergötland") or an image caption;
/// otherwise the opening words of its first paragraph; otherwise the document id.</summary>
internal static partial class TitleDetector
{
    private const int MarkdownTitleWindow = 3000;
    private const int FallbackLength = 80;

    /// <summary>Chooses the title of a split document.</summary>
    public static string Detect(SplitDocument document, string documentId)
    {
        var marked = document.Headings.FirstOrDefault(h => h.IsMarkdown && h.Offset < MarkdownTitleWindow);
        if (marked is not null)
        {
            return marked.Text;
        }
        var heading = document.Headings.FirstOrDefault(h => !PublisherOrCaption().IsMatch(h.Text));
        if (heading is not null)
        {
            return heading.Text;
        }
        var first = document.Paragraphs.FirstOrDefault()?.Text;
        if (first is null)
        {
            return documentId;
        }
        if (first.Length <= FallbackLength)
        {
            return first;
        }
        var cut = first.LastIndexOf(' ', FallbackLength);
        return first[..(cut > 0 ? cut : FallbackLength)] + " …";
    }

    [GeneratedRegex(@"^((region|landstinget)\s+\S+(\s+\S+)?|\S+\s+(kommun|län)|bild\b.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex PublisherOrCaption();
}
