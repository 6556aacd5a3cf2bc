namespace SearchService.Core.Search;

/// <summary>
/// Each paragraph text once (Algolia's <c>distinct</c>, Elasticsearch's field collapsing): the same paragraph stands in
/// several documents (an interpellation submitted again, a region's text taken from a national template), and a page
/// of the same words says less than a page of different ones. Among the matches in their order, one whose text an
/// earlier one has is left out and counted on that one. Texts are the same when they are equal apart from case and
/// runs of white space (<see cref="KeyOf"/>). The matches looked at are the best <see cref="Window"/> of a page's: a
/// text repeated more often than that can leave a page short.
/// </summary>
public static class DistinctTexts
{
    /// <summary>How deep distinct hits go: a page's last hit at most this many distinct texts down (the API refuses deeper pages).</summary>
    public const int MaxDepth = 500;

    /// <summary>The matches to look at for the first <paramref name="wanted"/> distinct ones: three times as many and 20
    /// more, at most <see cref="MaxDepth"/>'s (1 520 keys read from doc values).</summary>
    public static int Window(int wanted) => Math.Min(wanted, MaxDepth) * 3 + 20;

    /// <summary>The first of each text among <paramref name="ranked"/> (in their order), told apart by their
    /// <see cref="KeyOf"/> (<paramref name="key"/>), with how many later ones have its text plus what those had already
    /// left out (<paramref name="alreadyLeftOut"/>: a cluster's shard sends its hits with their own counts).</summary>
    public static List<(T Item, int SameText)> Keep<T>(IEnumerable<T> ranked, Func<T, long> key, Func<T, int>? alreadyLeftOut = null)
    {
        var kept = new List<(T Item, int SameText)>();
        var first = new Dictionary<long, int>();
        foreach (var item in ranked)
        {
            var textKey = key(item);
            var leftOut = alreadyLeftOut?.Invoke(item) ?? 0;
            if (first.TryGetValue(textKey, out var index))
            {
                kept[index] = (kept[index].Item, kept[index].SameText + 1 + leftOut);
            }
            else
            {
                first[textKey] = kept.Count;
                kept.Add((item, leftOut));
            }
        }
        return kept;
    }

    /// <summary>The key of a paragraph's text: a 64-bit FNV-1a hash of it in lower case with each run of white space one
    /// space and none at the ends. Written at indexing as doc values (<see cref="Indexing.ParagraphFields.TextKey"/>), so
    /// a search reads no stored text to tell texts apart; a cluster's coordinator makes it of the hits' text.</summary>
    public static long KeyOf(string text)
    {
        const ulong offset = 14695981039346656037;
        const ulong prime = 1099511628211;
        var hash = offset;
        var pendingSpace = false;
        var started = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = started;
                continue;
            }
            if (pendingSpace)
            {
                hash = (hash ^ ' ') * prime;
                pendingSpace = false;
            }
            started = true;
            var lower = char.ToLowerInvariant(c);
            hash = (hash ^ (byte)lower) * prime;
            hash = (hash ^ (byte)(lower >> 8)) * prime;
        }
        return unchecked((long)hash);
    }
}
