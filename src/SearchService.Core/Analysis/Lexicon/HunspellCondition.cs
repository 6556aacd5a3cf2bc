namespace SearchService.Core.Analysis.Lexicon;

/// <summary>A Hunspell affix condition (letters, <c>.</c>, <c>[abc]</c>, <c>[^abc]</c>) matched
/// against the end of a word, as a suffix rule needs.</summary>
internal sealed class HunspellCondition
{
    // One element per matched character: the characters allowed or refused, or null for any.
    private readonly (string? Set, bool Negated)[] elements;

    /// <summary>Parses <paramref name="pattern"/>.</summary>
    public HunspellCondition(string pattern)
    {
        var list = new List<(string?, bool)>();
        for (var i = 0; i < pattern.Length; i++)
        {
            if (pattern[i] == '.')
            {
                list.Add((null, false));
            }
            else if (pattern[i] == '[')
            {
                var close = pattern.IndexOf(']', i);
                if (close < 0)
                {
                    throw new FormatException($"Unclosed '[' in condition \"{pattern}\".");
                }
                var negated = pattern[i + 1] == '^';
                list.Add((pattern[(i + (negated ? 2 : 1))..close], negated));
                i = close;
            }
            else
            {
                list.Add((pattern[i].ToString(), false));
            }
        }
        elements = [.. list];
    }

    /// <summary>Whether the last characters of <paramref name="word"/> match the condition.</summary>
    public bool MatchesEnd(ReadOnlySpan<char> word)
    {
        if (word.Length < elements.Length)
        {
            return false;
        }
        var offset = word.Length - elements.Length;
        for (var i = 0; i < elements.Length; i++)
        {
            var (set, negated) = elements[i];
            if (set is not null && set.Contains(word[offset + i]) == negated)
            {
                return false;
            }
        }
        return true;
    }
}
