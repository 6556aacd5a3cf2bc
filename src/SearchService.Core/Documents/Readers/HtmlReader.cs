using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace SearchService.Core.Documents.Readers;

/// <summary>Reads <c>.html</c>/<c>.htm</c> pages with AngleSharp, once <see cref="HtmlNesting"/> has
/// found them shallow enough: only the main content (the
/// <c>main</c> or <c>article</c> element when there is one), without navigation, header, footer,
/// scripts, styles and hidden parts; headings, paragraphs and list items become blocks.</summary>
internal sealed class HtmlReader : IDocumentReader
{
    private static readonly HashSet<string> Dropped = new(StringComparer.OrdinalIgnoreCase)
    {
        "nav", "header", "footer", "aside", "script", "style", "noscript", "template", "form", "button",
        "iframe", "svg", "canvas", "object", "head", "select", "dialog",
    };

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "blockquote", "pre", "table", "thead", "tbody", "tr", "td", "th",
        "ul", "ol", "dl", "dt", "dd", "figure", "figcaption", "address", "details", "summary", "body", "caption",
    };

    /// <inheritdoc />
    public string Format => "HTML";

    /// <inheritdoc />
    public IReadOnlyList<string> Extensions { get; } = [".html", ".htm"];

    /// <inheritdoc />
    public bool Recognises(ReadOnlySpan<byte> content)
    {
        var start = content.StartsWith("\uFEFF"u8) ? content[3..] : content;
        var head = start[..Math.Min(start.Length, 2048)].TrimStart(" \t\r\n"u8);
        return head.Length > 0 && head[0] == (byte)'<' && !head.Contains((byte)0);
    }

    /// <inheritdoc />
    public ExtractedDocument Read(byte[] content)
    {
        HtmlNesting.Check(content);
        using var stream = new MemoryStream(content, writable: false);
        using var document = new HtmlParser().ParseDocument(stream);
        var root = document.QuerySelector("main, [role=main]") ?? document.QuerySelector("article") ?? document.Body;
        var output = new StructuredText();
        if (root is not null)
        {
            var walker = new Walker(output);
            walker.Visit(root);
            walker.Flush();
        }
        var hasHeading = root?.QuerySelector("h1") is not null;
        return output.ToDocument(hasHeading ? null : document.Title);
    }

    private static bool IsHidden(IElement element) =>
        element.HasAttribute("hidden")
        || string.Equals(element.GetAttribute("aria-hidden"), "true", StringComparison.OrdinalIgnoreCase)
        || string.Equals(element.GetAttribute("role"), "navigation", StringComparison.OrdinalIgnoreCase);

    // Collects inline text into the current block and writes a block whenever a block element starts or ends.
    private sealed class Walker(StructuredText output)
    {
        private readonly System.Text.StringBuilder inline = new();

        public void Visit(INode node)
        {
            if (node is IText text)
            {
                inline.Append(text.Data);
                return;
            }
            if (node is not IElement element || Dropped.Contains(element.LocalName) || IsHidden(element))
            {
                return;
            }
            var name = element.LocalName;
            if (name is "h1" or "h2" or "h3" or "h4" or "h5" or "h6")
            {
                Flush();
                output.AddHeading(element.TextContent);
                return;
            }
            if (name == "br")
            {
                inline.Append(' ');
                return;
            }
            if (name == "li")
            {
                Flush();
                VisitChildren(element);
                output.AddListItem(TakeInline());
                return;
            }
            var isBlock = Blocks.Contains(name);
            if (isBlock)
            {
                Flush();
            }
            VisitChildren(element);
            if (isBlock)
            {
                Flush();
            }
        }

        public void Flush()
        {
            var paragraph = TakeInline();
            if (!string.IsNullOrWhiteSpace(paragraph))
            {
                output.AddParagraph(paragraph);
            }
        }

        private void VisitChildren(IElement element)
        {
            foreach (var child in element.ChildNodes)
            {
                Visit(child);
            }
        }

        private string TakeInline()
        {
            var value = inline.ToString();
            inline.Clear();
            return value;
        }
    }
}
