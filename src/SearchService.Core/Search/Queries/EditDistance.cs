namespace SearchService.Core.Search.Queries;

/// <summary>Optimal-string-alignment distance: insertions, deletions, substitutions and swaps of
/// neighbouring letters each count one, as in Lucene's fuzzy matching with transpositions.</summary>
internal static class EditDistance
{
    /// <summary>Edits between <paramref name="a"/> and <paramref name="b"/>.</summary>
    public static int Between(string a, string b)
    {
        var previous2 = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    current[j] = Math.Min(current[j], previous2[j - 2] + 1);
                }
            }
            (previous2, previous, current) = (previous, current, previous2);
        }
        return previous[b.Length];
    }
}
