using Lucene.Net.Analysis;
using SearchService.Core.Search.Queries;

namespace SearchService.Core.Highlighting;

/// <summary>
/// The one marks pipeline every answer uses (search hits, region comparison, feed, document view): find
/// the query's words in a paragraph (<see cref="MarkFinder"/>), widen them to whole words unless only
/// the matched parts are wanted (<see cref="WholeWords"/>), then render them escaped
/// (<see cref="HtmlMarkup"/>, <see cref="SnippetWindow"/>). A word is so marked alike wherever it is shown.
/// </summary>
internal sealed class ParagraphMarker(Analyzer analyzer)
{
    private readonly MarkFinder finder = new(analyzer);

    /// <summary>The marks of <paramref name="terms"/> in <paramref name="text"/>; <paramref name="markParts"/>
    /// shows just the matched part of a compound instead of the whole word.</summary>
    public MarkedParagraph Mark(string text, HighlightTerms terms, bool markParts = false)
    {
        var found = finder.Find(text, terms);
        return new MarkedParagraph(text, found, markParts ? found : WholeWords.Widen(text, found));
    }
}

/// <summary>A paragraph's marks: <paramref name="Found"/> are the matched ranges (an answer's <c>marks</c>),
/// <paramref name="Shown"/> the ranges its HTML marks.</summary>
internal sealed record MarkedParagraph(string Text, IReadOnlyList<TextMark> Found, IReadOnlyList<TextMark> Shown)
{
    /// <summary>The whole paragraph, HTML-escaped, with &lt;mark&gt; around the shown ranges.</summary>
    public string Html() => HtmlMarkup.Render(Text, Shown);

    /// <summary>The best window of the paragraph, escaped and marked like <see cref="Html"/>.</summary>
    public string Snippet() => SnippetWindow.Render(Text, Shown);
}
