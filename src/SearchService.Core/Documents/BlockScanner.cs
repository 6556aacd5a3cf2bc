namespace SearchService.Core.Documents;

/// <summary>Cuts source text into blank-line separated blocks and blocks into lines and list items,
/// keeping each piece's offset in the source.</summary>
internal static class BlockScanner
{
    private const char Bullet = '•';

    /// <summary>Blocks of consecutive non-blank lines (a line of only spaces counts as blank).</summary>
    public static IEnumerable<IReadOnlyList<TextRun>> Blocks(string text)
    {
        var block = new List<TextRun>();
        foreach (var line in Lines(text))
        {
            if (string.IsNullOrWhiteSpace(line.Text))
            {
                if (block.Count > 0)
                {
                    yield return block;
                    block = [];
                }
                continue;
            }
            block.Add(line);
        }
        if (block.Count > 0)
        {
            yield return block;
        }
    }

    /// <summary>Whether a line is a bullet-list line ("• Att …").</summary>
    public static bool IsBulletLine(TextRun line) => line.Text.TrimStart(' ', '\u00A0', '\t').StartsWith(Bullet);

    /// <summary>The items of a bullet line; several items joined on one line are cut at each bullet.</summary>
    public static IEnumerable<TextRun> BulletItems(TextRun line)
    {
        var text = line.Text;
        var start = text.IndexOf(Bullet);
        while (start >= 0)
        {
            var next = text.IndexOf(Bullet, start + 1);
            var end = next < 0 ? text.Length : next;
            yield return new TextRun(text[(start + 1)..end], line.Start + start + 1);
            start = next;
        }
    }

    private static IEnumerable<TextRun> Lines(string text)
    {
        var start = 0;
        while (start <= text.Length)
        {
            var newline = text.IndexOf('\n', start);
            var end = newline < 0 ? text.Length : newline;
            var lineEnd = end > start && text[end - 1] == '\r' ? end - 1 : end;
            yield return new TextRun(text[start..lineEnd], start);
            if (newline < 0)
            {
                yield break;
            }
            start = newline + 1;
        }
    }
}
