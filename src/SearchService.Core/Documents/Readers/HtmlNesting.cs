using System.Text;

namespace SearchService.Core.Documents.Readers;

/// <summary>
/// How deep a page's elements nest, measured on its tags before AngleSharp parses it: the parser's
/// tree building checks its stack of open elements per tag (660 KB of nested elements took 12 s) and
/// the reader walks the tree recursively, so a page nesting deeper than
/// <see cref="DocumentLimits.MaxHtmlDepth"/> is refused. Elements whose end tag may be left out
/// (<c>p</c>, <c>li</c>, <c>td</c> …) and void ones (<c>br</c>, <c>img</c> …) are not counted, so a
/// real page that never closes its paragraphs does not look deep; text in scripts, styles and
/// comments is skipped.
/// </summary>
internal static class HtmlNesting
{
    private static readonly HashSet<string> NotCounted = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr", "param", "keygen",
        "html", "head", "body", "p", "li", "dt", "dd", "tr", "td", "th", "thead", "tbody", "tfoot", "option", "optgroup",
        "colgroup", "caption", "rb", "rt", "rp", "rtc",
    };

    private static readonly HashSet<string> RawText = new(StringComparer.OrdinalIgnoreCase) { "script", "style", "textarea", "title", "xmp", "noscript" };

    /// <summary>Throws when the page nests deeper than the limit.</summary>
    /// <exception cref="UnreadableDocumentException">Hostile.</exception>
    public static void Check(byte[] content)
    {
        // Tags are ASCII in every encoding a page may declare except UTF-16, which only a byte order mark announces.
        var text = content.AsSpan().StartsWith("\uFEFF"u8) ? Encoding.UTF8.GetString(content)
            : content.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) ? Encoding.Unicode.GetString(content)
            : content.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) ? Encoding.BigEndianUnicode.GetString(content)
            : Encoding.Latin1.GetString(content);
        var deepest = Deepest(text);
        if (deepest > DocumentLimits.MaxHtmlDepth)
        {
            throw DocumentLimits.Exceeded($"the page nests elements more than {DocumentLimits.MaxHtmlDepth} deep");
        }
    }

    /// <summary>The deepest nesting of counted elements in <paramref name="html"/>.</summary>
    public static int Deepest(string html)
    {
        int depth = 0, deepest = 0;
        var i = 0;
        while ((i = html.IndexOf('<', i)) >= 0)
        {
            if (string.CompareOrdinal(html, i, "<!--", 0, 4) == 0)
            {
                i = SkipPast(html, i + 4, "-->");
                continue;
            }
            var closing = i + 1 < html.Length && html[i + 1] == '/';
            var nameStart = closing ? i + 2 : i + 1;
            var nameEnd = nameStart;
            while (nameEnd < html.Length && (char.IsAsciiLetterOrDigit(html[nameEnd]) || html[nameEnd] == '-'))
            {
                nameEnd++;
            }
            if (nameEnd == nameStart || !char.IsAsciiLetter(html[nameStart]))
            {
                i++;
                continue;
            }
            var name = html[nameStart..nameEnd];
            var tagEnd = html.IndexOf('>', nameEnd);
            if (tagEnd < 0)
            {
                break;
            }
            var selfClosing = html[tagEnd - 1] == '/';
            i = tagEnd + 1;
            if (NotCounted.Contains(name))
            {
                continue;
            }
            if (closing)
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (RawText.Contains(name))
            {
                i = SkipPast(html, i, "</" + name);
            }
            else if (!selfClosing)
            {
                deepest = Math.Max(deepest, ++depth);
            }
        }
        return deepest;
    }

    private static int SkipPast(string html, int from, string end)
    {
        var found = html.IndexOf(end, from, StringComparison.OrdinalIgnoreCase);
        return found < 0 ? html.Length : found + end.Length;
    }
}
