using System.Numerics;

namespace SearchService.Core.Search;

/// <summary>A set of a segment's documents as bits in 64-bit words, for term-at-a-time scoring.</summary>
internal static class DocBits
{
    /// <summary>Words needed for <paramref name="maxDoc"/> documents.</summary>
    public static int Words(int maxDoc) => (maxDoc + 63) >> 6;

    public static bool Has(ulong[] bits, int doc) => (bits[doc >> 6] & (1UL << doc)) != 0;

    /// <summary>Adds <paramref name="doc"/>; true when it was not in the set.</summary>
    public static bool Set(ulong[] bits, int doc)
    {
        ref var word = ref bits[doc >> 6];
        var mask = 1UL << doc;
        var added = (word & mask) == 0;
        word |= mask;
        return added;
    }

    public static void Clear(ulong[] bits, int doc) => bits[doc >> 6] &= ~(1UL << doc);

    /// <summary>The first document at or after <paramref name="from"/> in the set, or <paramref name="maxDoc"/> when none.</summary>
    public static int Next(ulong[] bits, int from, int maxDoc)
    {
        if (from >= maxDoc)
        {
            return maxDoc;
        }
        var index = from >> 6;
        var word = bits[index] & (ulong.MaxValue << from);
        var words = Words(maxDoc);
        while (word == 0)
        {
            if (++index >= words)
            {
                return maxDoc;
            }
            word = bits[index];
        }
        return (index << 6) + BitOperations.TrailingZeroCount(word);
    }
}
