using System.Text.RegularExpressions;

namespace SearchService.Core.Documents;

/// <summary>Decides whether a single source line is a heading: a markdown heading, or a short line
/// that starts like a sentence but does not end like one.</summary>
internal static partial class HeadingRule
{
    private const int MaxLength = 120;
    private const int MaxWords = 16;

    public static bool IsHeading(string rawLine, string cleaned)
    {
        if (cleaned.Length == 0)
        {
            return false;
        }
        if (MarkdownHeading().IsMatch(rawLine))
        {
            return true;
        }
        if (cleaned.Length > MaxLength || cleaned.Split(' ').Length > MaxWords)
        {
            return false;
        }
        var first = cleaned[0];
        var last = cleaned[^1];
        var startsLikeHeading = char.IsUpper(first) || char.IsDigit(first);
        var endsLikeSentence = ".!?:;,…\"”»".Contains(last);
        return startsLikeHeading && !endsLikeSentence;
    }

    /// <summary>Whether the line is a markdown heading (<c>#</c> … <c>######</c>).</summary>
    public static bool IsMarkdownHeading(string rawLine) => MarkdownHeading().IsMatch(rawLine);

    [GeneratedRegex(@"^\s*#{1,6}\s")]
    private static partial Regex MarkdownHeading();
}
