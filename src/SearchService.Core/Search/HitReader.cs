using Lucene.Net.Analysis;
using Lucene.Net.Documents;
using SearchService.Core.Highlighting;
using SearchService.Core.Indexing;
using SearchService.Core.Search.Queries;

namespace SearchService.Core.Search;

/// <summary>Turns a matching paragraph's stored fields into a hit, its words marked the way every
/// answer marks them (search, region comparison, feed).</summary>
internal sealed class HitReader(Analyzer analyzer)
{
    private readonly MarkFinder marks = new(analyzer);

    /// <summary>The hit for <paramref name="document"/>; <paramref name="markParts"/> marks just the matched part of a compound.</summary>
    public SearchHit Read(Document document, float score, HighlightTerms highlight, bool markParts)
    {
        var text = document.Get(ParagraphFields.Text);
        var found = marks.Find(text, highlight);
        var shown = markParts ? found : WholeWords.Widen(text, found);
        return new SearchHit(
            document.Get(ParagraphFields.Id),
            document.Get(ParagraphFields.DocumentId),
            document.Get(ParagraphFields.Title),
            document.Get(ParagraphFields.Region),
            document.GetValues(ParagraphFields.RegionsMentioned),
            document.Get(ParagraphFields.Date),
            document.Get(ParagraphFields.Section),
            document.GetField(ParagraphFields.Number).GetInt32Value() ?? 0,
            score,
            text,
            HtmlMarkup.Render(text, shown),
            SnippetWindow.Render(text, shown),
            found,
            document.GetField(ParagraphFields.Page)?.GetInt32Value(),
            document.Get(ParagraphFields.Organisation),
            document.Get(ParagraphFields.DocumentType),
            document.Get(ParagraphFields.SourceUrl),
            document.Get(ParagraphFields.Municipality));
    }
}
