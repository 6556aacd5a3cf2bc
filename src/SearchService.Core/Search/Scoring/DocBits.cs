using System.Numerics;

namespace SearchService.Core.Search.Scoring;

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

    /// <summary>The documents in the set, in increasing order; the set is read as the walk goes.</summary>
    public static Documents InOrder(ulong[] bits, int maxDoc) => new(bits, 0, Words(maxDoc));

    /// <summary>The documents of the set in 64-document words <paramref name="fromWord"/> up to
    /// <paramref name="toWord"/> (exclusive), in increasing order.</summary>
    public static Documents InWords(ulong[] bits, int fromWord, int toWord) => new(bits, fromWord, toWord);

    /// <summary>How many documents of the set are in 64-document words <paramref name="fromWord"/> up to
    /// <paramref name="toWord"/> (exclusive).</summary>
    public static int CountInWords(ulong[] bits, int fromWord, int toWord)
    {
        var count = 0;
        for (var w = fromWord; w < toWord; w++)
        {
            count += BitOperations.PopCount(bits[w]);
        }
        return count;
    }

    /// <summary>A walk over the documents of a set, for <c>foreach</c>.</summary>
    public ref struct Documents(ulong[] bits, int first, int words)
    {
        private int index = first - 1;
        private ulong word;

        public int Current { get; private set; }

        public readonly Documents GetEnumerator() => this;

        public bool MoveNext()
        {
            while (word == 0)
            {
                if (++index >= words)
                {
                    return false;
                }
                word = bits[index];
            }
            Current = (index << 6) + BitOperations.TrailingZeroCount(word);
            word &= word - 1;
            return true;
        }
    }

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
