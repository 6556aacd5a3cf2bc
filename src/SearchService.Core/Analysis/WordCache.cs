namespace SearchService.Core.Analysis;

/// <summary>
/// A word's analysis remembered by one thread's <see cref="Decompounder"/> or <see cref="SwedishLemmatizer"/>,
/// bounded per cache (<see cref="WordCaches.CacheLimit"/>) and, with every other such cache, per process
/// (<see cref="WordCaches.ProcessLimit"/>). The analysis runs on every thread that searches, and query words are
/// whatever a client sends: under 64 connections the service analysed on dozens of threads, each with four caches
/// of up to 200,000 words, and made-up words filled them, so its resident memory kept rising (past 1 GB in three
/// minutes of bench/soak.sh). A cache that is full, or was filled before the current generation began, starts over
/// at its next addition, which costs one more analysis per word. Not thread-safe: one per thread.
/// </summary>
internal sealed class WordCache<T>
{
    private readonly Dictionary<string, T> words = new(StringComparer.Ordinal);
    private int generation = WordCaches.Generation;

    /// <summary>Words held.</summary>
    public int Count => words.Count;

    /// <summary>The remembered analysis of <paramref name="word"/>, if any.</summary>
    public bool TryGetValue(ReadOnlySpan<char> word, out T value) =>
        words.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out value!);

    /// <summary>Remembers <paramref name="value"/> for <paramref name="word"/>, unless the word is longer than
    /// any Swedish word (<see cref="Decompounder.CachedWordLength"/>): a longer one is made up.</summary>
    public void Remember(string word, T value)
    {
        if (word.Length > Decompounder.CachedWordLength)
        {
            return;
        }
        var current = WordCaches.Generation;
        if (words.Count >= WordCaches.CacheLimit || generation != current)
        {
            words.Clear();
            generation = current;
        }
        words[word] = value;
        WordCaches.Added();
    }
}

/// <summary>The generations of all <see cref="WordCache{T}"/>s: every <see cref="ProcessLimit"/> words added
/// in the process start a new one. Together the caches hold at most about twice that many words (the current
/// generation's and what idle threads kept of the last), however many threads analyse.</summary>
internal static class WordCaches
{
    private static int generation;
    private static int added;

    /// <summary>Words added across all caches per generation (<see cref="WordCacheBudget"/>).</summary>
    public static int ProcessLimit => WordCacheBudget.Words;

    /// <summary>Most words one cache holds: four fifths of a generation (200,000 in the service), the working
    /// vocabulary of a corpus of millions of paragraphs.</summary>
    public static int CacheLimit => WordCacheBudget.Words / 5 * 4;

    /// <summary>The current generation.</summary>
    public static int Generation => Volatile.Read(ref generation);

    /// <summary>Counts one word added; the last of a generation starts the next.</summary>
    public static void Added()
    {
        if (Interlocked.Increment(ref added) % ProcessLimit == 0)
        {
            Interlocked.Increment(ref generation);
        }
    }
}

/// <summary>
/// How many analysed words the analysis caches of a process may add before they start over: what bounds their
/// memory. The service keeps <see cref="Service"/>: its query words are whatever clients send. A batch indexer's
/// words are its corpus's, which it reads once, so it may keep more (<see cref="Batch"/>): at the service's
/// budget the caches of the 200,000-paragraph benchmark corpus (168,000 distinct words, each analysed on every
/// thread) started over nine times in one run, and every common word was analysed again each time.
/// </summary>
public static class WordCacheBudget
{
    /// <summary>The service's budget: a made-up 14-letter word analysed adds two words, which hold 230 bytes
    /// together, so a generation is ~29 MB and all caches together stay under ~60 MB. (At 500,000 the soak's
    /// live set still grew by them for minutes.)</summary>
    public const int Service = 250_000;

    /// <summary>The indexer's budget: the caches together stay under ~460 MB, and a corpus of a million
    /// paragraphs goes through a few generations rather than dozens.</summary>
    public const int Batch = 2_000_000;

    private static int words = Service;

    /// <summary>The budget in force (<see cref="Service"/> unless a batch program set another).</summary>
    public static int Words
    {
        get => Volatile.Read(ref words);
        set
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1_000);
            Volatile.Write(ref words, value);
        }
    }
}
