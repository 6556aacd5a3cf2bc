using System.Text;

namespace SearchService.Core.Highlighting;

/// <summary>Renders plain text with marks as HTML that is safe to insert into any page: the text is
/// escaped first (&amp; &lt; &gt; &quot; &#39;) and only then wrapped in <c>&lt;mark&gt;</c>.</summary>
internal static class HtmlMarkup
{
    /// <summary>The HTML of <paramref name="text"/>[<paramref name="start"/>..<paramref name="end"/>]
    /// with every mark inside that window wrapped in &lt;mark&gt;.</summary>
    public static string Render(string text, IReadOnlyList<TextMark> marks, int start = 0, int? end = null)
    {
        var stop = end ?? text.Length;
        var html = new StringBuilder(stop - start + marks.Count * 13);
        var position = start;
        foreach (var mark in marks)
        {
            if (mark.Start < start || mark.End > stop)
            {
                continue;
            }
            AppendEscaped(html, text, position, mark.Start);
            html.Append("<mark>");
            AppendEscaped(html, text, mark.Start, mark.End);
            html.Append("</mark>");
            position = mark.End;
        }
        AppendEscaped(html, text, position, stop);
        return html.ToString();
    }

    /// <summary>Escapes <paramref name="text"/> for HTML text and attribute values.</summary>
    public static string Escape(string text)
    {
        var html = new StringBuilder(text.Length);
        AppendEscaped(html, text, 0, text.Length);
        return html.ToString();
    }

    private static void AppendEscaped(StringBuilder html, string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '&': html.Append("&amp;"); break;
                case '<': html.Append("&lt;"); break;
                case '>': html.Append("&gt;"); break;
                case '"': html.Append("&quot;"); break;
                case '\'': html.Append("&#39;"); break;
                default:
                    var paired = char.IsHighSurrogate(c) ? i + 1 < end && char.IsLowSurrogate(text[i + 1])
                        : !char.IsLowSurrogate(c) || (i > start && char.IsHighSurrogate(text[i - 1]));
                    html.Append(paired ? c : '\uFFFD');
                    break;
            }
        }
    }
}
