using System.Text;
using SearchService.Core.Search.Queries;

namespace SearchService.Api.Search;

/// <summary>Limits on the text of <c>q</c> beyond its length: what the parser would otherwise
/// silently repair or what would make one request cost far more than a person's query does.</summary>
internal static class QueryTextRules
{
    public const int MaxWords = 32;

    // The longest Swedish words in use ("sjukvårdsförvaltningsorganisationen", 35 letters) fit; longer
    // runs of letters are made up, and each costs analysis and lookups that grow with its length.
    public const int MaxWordLength = 40;
    public const int MaxNesting = UserQueryParser.MaxDepth;

    /// <summary>Why <paramref name="query"/> cannot be searched, or null when it can.</summary>
    public static string? Problem(string query)
    {
        if (query.Any(char.IsControl))
        {
            return "The query contains control characters.";
        }
        if (!IsWellFormedText(query))
        {
            return "The query holds characters that are not valid text (a broken UTF-8 sequence, a lone surrogate or a non-character).";
        }
        var words = CountWords(query);
        if (words > MaxWords)
        {
            return $"The query has {words} words; at most {MaxWords} are allowed.";
        }
        var longest = LongestWord(query);
        if (longest.Length > MaxWordLength)
        {
            return $"The word \"{longest[..12]}…\" is {longest.Length} letters long; at most {MaxWordLength} are allowed.";
        }
        var nesting = Nesting(query);
        if (nesting > MaxNesting)
        {
            return $"Parentheses nest {nesting} levels deep; at most {MaxNesting} are allowed.";
        }
        return null;
    }

    // U+FFFD is what a decoder makes of bytes that are not UTF-8; a search for it finds nothing and
    // hides a client bug, so it is refused with the other invalid text.
    private static bool IsWellFormedText(string query)
    {
        foreach (var rune in EnumerateRunesStrictly(query))
        {
            if (rune is null || rune.Value.Value == 0xFFFD || IsNonCharacter(rune.Value.Value))
            {
                return false;
            }
        }
        return true;
    }

    private static IEnumerable<Rune?> EnumerateRunesStrictly(string text)
    {
        for (var i = 0; i < text.Length;)
        {
            if (Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out var used) != System.Buffers.OperationStatus.Done)
            {
                yield return null;
                yield break;
            }
            yield return rune;
            i += used;
        }
    }

    private static bool IsNonCharacter(int value) => (value & 0xFFFE) == 0xFFFE || value is >= 0xFDD0 and <= 0xFDEF;

    // Operators count as words too: each one still becomes a clause to build and search.
    private static int CountWords(string query)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in query)
        {
            var separator = char.IsWhiteSpace(c) || c is '(' or ')' or '"';
            if (!separator && !inWord)
            {
                count++;
            }
            inWord = !separator;
        }
        return count;
    }

    // A word as the analyzer sees it: a run of letters and digits (hyphens and apostrophes split it too).
    private static ReadOnlySpan<char> LongestWord(string query)
    {
        ReadOnlySpan<char> longest = [];
        var start = -1;
        for (var i = 0; i <= query.Length; i++)
        {
            if (i < query.Length && char.IsLetterOrDigit(query[i]))
            {
                start = start < 0 ? i : start;
                continue;
            }
            if (start >= 0 && i - start > longest.Length)
            {
                longest = query.AsSpan(start, i - start);
            }
            start = -1;
        }
        return longest;
    }

    private static int Nesting(string query)
    {
        int depth = 0, deepest = 0;
        foreach (var c in query)
        {
            if (c == '(')
            {
                deepest = Math.Max(deepest, ++depth);
            }
            else if (c == ')' && depth > 0)
            {
                depth--;
            }
        }
        return deepest;
    }
}
