using System.Text.RegularExpressions;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Exceptions;

namespace SearchService.Core.Documents.Readers.Pdf;

/// <summary>
/// Reads PDF files with PdfPig: words into lines in reading order (two columns read one after the
/// other), running headers, footers and page numbers dropped, lines joined into paragraphs where
/// the spacing or font changes, hyphenated line ends rejoined, ligatures normalised, a paragraph cut
/// by a page break joined again, and larger type as headings. Each page's start is recorded so hits
/// can name their page.
/// </summary>
internal sealed partial class PdfReader : IDocumentReader
{
    // A baseline step above this many times the font size is a paragraph break.
    private const double ParagraphGap = 1.6;
    private const double HeadingScale = 1.15;

    private enum BlockKind { Paragraph, Heading, ListItem }

    private sealed record Block(BlockKind Kind, string Text, int Page);

    /// <inheritdoc />
    public string Format => "PDF";

    /// <inheritdoc />
    public IReadOnlyList<string> Extensions { get; } = [".pdf"];

    /// <inheritdoc />
    public bool Recognises(ReadOnlySpan<byte> content) => PdfMagic.IsPdf(content);

    /// <inheritdoc />
    public ExtractedDocument Read(byte[] content)
    {
        PdfInflation.Check(content);
        List<IReadOnlyList<PdfLine>> pages;
        string? title;
        try
        {
            using var pdf = PdfDocument.Open(content);
            pages = pdf.GetPages().Select(p => PdfPageLayout.Lines(p.GetWords().ToList(), p.Width)).ToList();
            title = UsefulTitle(pdf.Information.Title);
        }
        catch (PdfDocumentEncryptedException e)
        {
            throw new UnreadableDocumentException("the PDF is encrypted", e);
        }
        var kept = RunningLines.Remove(pages);
        var bodySize = BodySize(kept);
        var blocks = Continue(kept.SelectMany((lines, i) => Blocks(lines, i + 1, bodySize)).ToList());

        var output = new StructuredText();
        var page = 0;
        foreach (var block in blocks)
        {
            while (page < block.Page)
            {
                output.StartPage();
                page++;
            }
            switch (block.Kind)
            {
                case BlockKind.Heading:
                    output.AddHeading(block.Text);
                    break;
                case BlockKind.ListItem:
                    output.AddListItem(block.Text);
                    break;
                default:
                    output.AddParagraph(block.Text);
                    break;
            }
        }
        return output.ToDocument(title);
    }

    private static IEnumerable<Block> Blocks(IReadOnlyList<PdfLine> lines, int page, double bodySize)
    {
        Block? current = null;
        PdfLine? previous = null;
        foreach (var line in lines)
        {
            var text = Ligatures.Normalize(line.Text).Trim();
            var bullet = Bullet().Match(text);
            var isHeading = line.FontSize >= bodySize * HeadingScale;
            var startsBlock = current is null
                || bullet.Success
                || (isHeading != (current.Kind == BlockKind.Heading))
                || previous is null
                || line.Baseline >= previous.Baseline
                || previous.Baseline - line.Baseline > ParagraphGap * Math.Max(line.FontSize, previous.FontSize)
                || Math.Abs(line.FontSize - previous.FontSize) > 1;
            if (startsBlock)
            {
                if (current is not null)
                {
                    yield return current;
                }
                var kind = isHeading ? BlockKind.Heading : bullet.Success ? BlockKind.ListItem : BlockKind.Paragraph;
                current = new Block(kind, bullet.Success ? text[bullet.Length..] : text, page);
            }
            else
            {
                current = current! with { Text = LineJoiner.Join(current.Text, text) };
            }
            previous = line;
        }
        if (current is not null)
        {
            yield return current;
        }
    }

    // A paragraph that does not end a sentence at the foot of a page goes on at the top of the next.
    private static List<Block> Continue(List<Block> blocks)
    {
        var joined = new List<Block>();
        foreach (var block in blocks)
        {
            if (joined.Count > 0 && joined[^1] is { Kind: BlockKind.Paragraph } last && block.Kind == BlockKind.Paragraph
                && block.Page == last.Page + 1 && !".!?:;…\"”»)".Contains(last.Text[^1]) && char.IsLower(block.Text[0])
                && joined.FindLastIndex(b => b.Page == last.Page) == joined.Count - 1)
            {
                joined[^1] = last with { Text = LineJoiner.Join(last.Text, block.Text) };
                continue;
            }
            joined.Add(block);
        }
        return joined;
    }

    private static double BodySize(IEnumerable<IReadOnlyList<PdfLine>> pages)
    {
        var sizes = pages.SelectMany(p => p).SelectMany(l => Enumerable.Repeat(Math.Round(l.FontSize, 1), Math.Max(1, l.Text.Length / 10))).ToList();
        return sizes.Count == 0 ? 0 : sizes.CountBy(s => s).MaxBy(p => p.Value).Key;
    }

    // Titles written by the producing program ("Microsoft Word - budget.docx") say nothing.
    private static string? UsefulTitle(string? title) =>
        string.IsNullOrWhiteSpace(title) || JunkTitle().IsMatch(title) ? null : title.Trim();

    [GeneratedRegex(@"^\s*([•●▪◦■–\-*]|\d{1,2}[.)])\s+")]
    private static partial Regex Bullet();

    [GeneratedRegex(@"(\.(docx?|pdf|indd|xlsx?|pptx?)\s*$)|^(microsoft\s+\w+\s*-|untitled|namnlös|dokument\d*$)", RegexOptions.IgnoreCase)]
    private static partial Regex JunkTitle();
}
