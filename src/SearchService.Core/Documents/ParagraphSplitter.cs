namespace SearchService.Core.Documents;

/// <summary>
/// Splits converted document text into the paragraphs a reader would quote. Blank lines separate
/// blocks; heading lines become the section of what follows; letterhead, running page headers,
/// bare dates and page numbers are dropped; each item of a bullet list is its own paragraph, also
/// when several items were joined on one line; a sentence cut by a page header is joined again; a
/// paragraph longer than <see cref="MaxParagraphLength"/> is cut at sentence ends.
/// </summary>
public static class ParagraphSplitter
{
    /// <summary>Longest paragraph kept whole; longer ones are cut at sentence ends by <see cref="SentenceCut"/>
    /// (a real paragraph is rarely over 1,500 characters).</summary>
    public const int MaxParagraphLength = 4_000;

    private enum UnitKind { Plain, ListItem }

    private sealed class Unit
    {
        public Unit(UnitKind kind, IReadOnlyList<TextRun> lines)
        {
            Kind = kind;
            Lines = lines;
            // Cleaned once, for the key and the paragraph both: cleaning each line twice was some 3 % of indexing's time.
            CleanedLines = [.. lines.Select(l => TextCleaner.Clean(l.Text))];
            Key = string.Join(' ', CleanedLines);
        }

        public UnitKind Kind { get; }

        public IReadOnlyList<TextRun> Lines { get; }

        public IReadOnlyList<string> CleanedLines { get; }

        public string Key { get; }
    }

    /// <summary>Splits <paramref name="text"/> into headings and paragraphs. With
    /// <paramref name="headingsMarked"/> only <c>#</c> lines are headings (the reader of a structured
    /// format knew them); otherwise a short line shaped like a heading is one too.</summary>
    public static SplitDocument Split(string text, bool headingsMarked = false)
    {
        var units = Units(text).Where(u => u.Key.Length > 0).ToList();
        var repeats = units.CountBy(u => u.Key).ToDictionary(p => p.Key, p => p.Value);

        var headings = new List<Heading>();
        var paragraphs = new List<Paragraph>();
        string? section = null;
        var afterFurniture = false;
        var lastWasListItem = false;
        foreach (var unit in units)
        {
            var cleanedLines = unit.CleanedLines.Where(l => l.Length > 0).ToList();
            if (unit.Kind == UnitKind.Plain && PageFurniture.Is(cleanedLines, repeats[unit.Key]))
            {
                afterFurniture = true;
                continue;
            }
            var (start, end) = Span(unit.Lines);
            if (unit.Kind == UnitKind.Plain && unit.Lines.Count == 1
                && (headingsMarked ? HeadingRule.IsMarkdownHeading(unit.Lines[0].Text) : HeadingRule.IsHeading(unit.Lines[0].Text, unit.Key)))
            {
                section = unit.Key;
                headings.Add(new Heading(unit.Key, HeadingRule.IsMarkdownHeading(unit.Lines[0].Text), start));
                afterFurniture = false;
                continue;
            }
            if (unit.Kind == UnitKind.Plain && afterFurniture && !lastWasListItem && paragraphs.Count > 0
                && ContinuesAcrossPageBreak(paragraphs[^1].Text, unit.Key))
            {
                var cut = paragraphs[^1];
                paragraphs[^1] = cut with { Text = $"{cut.Text} {unit.Key}", EndOffset = end };
            }
            else
            {
                paragraphs.Add(new Paragraph(paragraphs.Count + 1, section, unit.Key, start, end));
            }
            afterFurniture = false;
            lastWasListItem = unit.Kind == UnitKind.ListItem;
        }
        return new SplitDocument(headings, SentenceCut.Apply(paragraphs, MaxParagraphLength));
    }

    private static IEnumerable<Unit> Units(string text)
    {
        foreach (var block in BlockScanner.Blocks(text))
        {
            var plain = new List<TextRun>();
            var previousWasBullet = false;
            foreach (var line in block)
            {
                if (BlockScanner.IsBulletLine(line))
                {
                    if (plain.Count > 0)
                    {
                        yield return new Unit(UnitKind.Plain, plain);
                        plain = [];
                    }
                    foreach (var item in BlockScanner.BulletItems(line))
                    {
                        yield return new Unit(UnitKind.ListItem, [item]);
                    }
                    previousWasBullet = true;
                    continue;
                }
                // A short line right after a list (a table caption, the next heading) stands on its own.
                if (previousWasBullet)
                {
                    yield return new Unit(UnitKind.Plain, [line]);
                    continue;
                }
                plain.Add(line);
            }
            if (plain.Count > 0)
            {
                yield return new Unit(UnitKind.Plain, plain);
            }
        }
    }

    private static bool ContinuesAcrossPageBreak(string before, string after) =>
        !".!?:;…\"”»)".Contains(before[^1]) && char.IsLower(after[0]);

    private static (int Start, int End) Span(IReadOnlyList<TextRun> lines)
    {
        var first = lines[0];
        var last = lines[^1];
        var leading = first.Text.Length - first.Text.TrimStart().Length;
        var trailing = last.Text.Length - last.Text.TrimEnd().Length;
        return (first.Start + leading, last.End - trailing);
    }
}
