using System.Text;
using System.Text.RegularExpressions;

namespace SearchService.Core.Documents;

/// <summary>Turns a run of converted source text into plain text: markdown markers, list bullets,
/// odd spaces, invisible characters and broken surrogate pairs repaired, whitespace collapsed.</summary>
internal static partial class TextCleaner
{
    /// <summary>Cleans <paramref name="raw"/> into one line of plain text.</summary>
    public static string Clean(string raw)
    {
        var text = Normalize(raw);
        text = MarkdownHeadingMarker().Replace(text, "");
        text = EmphasisMarker().Replace(text, "");
        text = Whitespace().Replace(text, " ").Trim();
        return LeadingListMarker().Replace(text, "");
    }

    /// <summary>Replaces non-breaking and other special spaces with a plain space and drops soft
    /// hyphens and zero-width characters and replaces a lone surrogate with U+FFFD.</summary>
    public static string Normalize(string raw)
    {
        var builder = new StringBuilder(raw.Length);
        for (var i = 0; i < raw.Length; i++)
        {
            var c = raw[i];
            if (char.IsSurrogate(c))
            {
                // Keep well-formed pairs; a lone half of one cannot be shown or encoded.
                if (char.IsHighSurrogate(c) && i + 1 < raw.Length && char.IsLowSurrogate(raw[i + 1]))
                {
                    builder.Append(c).Append(raw[++i]);
                }
                else
                {
                    builder.Append('\uFFFD');
                }
                continue;
            }
            switch (c)
            {
                case '\u00A0' or '\u2007' or '\u202F' or '\u2009' or '\u200A' or '\t':
                    builder.Append(' ');
                    break;
                case '\u00AD' or '\u200B' or '\u200C' or '\u200D' or '\uFEFF':
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }
        return builder.ToString();
    }

    [GeneratedRegex(@"(?m)^\s*#{1,6}\s+")]
    private static partial Regex MarkdownHeadingMarker();

    // Asterisks that open or close emphasis: at a word's edge, not between two spaces.
    [GeneratedRegex(@"(?<![\p{L}\p{N}])\*{1,3}(?=\S)|(?<=\S)\*{1,3}(?![\p{L}\p{N}])")]
    private static partial Regex EmphasisMarker();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"^(?:[-•▪●◦]\s+|•)")]
    private static partial Regex LeadingListMarker();
}
