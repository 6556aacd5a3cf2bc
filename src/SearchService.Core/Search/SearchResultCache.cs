namespace SearchService.Core.Search;

/// <summary>
/// Recent answers of one index version, so that a query many people send at once (a news item
/// everyone searches, a search box embedded on many sites) is ranked once rather than for each of
/// them. Entries belong to the reader that answered them: the first search on a newer reader empties
/// the cache, so an answer never outlives the index it came from. Size is bounded by the number of
/// hits held and by their bytes (each hit carries its paragraph three times: text, highlight, snippet,
/// and a paragraph may be thousands of characters); when over either, the oldest entries go first.
/// Thread-safe; two simultaneous first requests for one query both search.
/// </summary>
public sealed class SearchResultCache(int capacityHits, long capacityBytes = AnswerCache<SearchResult>.DefaultCapacityBytes)
    : AnswerCache<SearchResult>(capacityHits, capacityBytes, result => result.Hits.Count, result => HitBytes(result.Hits));

/// <summary>Recent answers of one kind per index version, bounded by the hits they hold and their bytes
/// (see <see cref="SearchResultCache"/>); <c>hitsOf</c> and <c>bytesOf</c> say how many hits an answer
/// holds and how many bytes they take.</summary>
public class AnswerCache<TAnswer>
    where TAnswer : class
{
    /// <summary>Default of <see cref="CapacityBytes"/>: 64 MiB.</summary>
    public const long DefaultCapacityBytes = 64L * 1024 * 1024;

    private readonly object gate = new();
    private readonly Func<TAnswer, int> hitsOf;
    private readonly Func<TAnswer, long> bytesOf;
    private readonly Dictionary<SearchRequest, TAnswer> entries = [];
    private readonly Queue<SearchRequest> order = new();
    private object? version;
    private int heldHits;
    private long heldBytes;
    private long hits;
    private long misses;

    /// <summary>A cache holding at most <paramref name="capacityHits"/> hits (0: nothing is kept) and about
    /// <paramref name="capacityBytes"/> bytes of their text.</summary>
    public AnswerCache(int capacityHits, long capacityBytes, Func<TAnswer, int> hitsOf, Func<TAnswer, long> bytesOf)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(capacityHits);
        ArgumentOutOfRangeException.ThrowIfNegative(capacityBytes);
        CapacityHits = capacityHits;
        CapacityBytes = capacityBytes;
        this.hitsOf = hitsOf;
        this.bytesOf = bytesOf;
    }

    /// <summary>Most hits held over all entries.</summary>
    public int CapacityHits { get; }

    /// <summary>Most bytes of hit text (text, highlight and snippet, two bytes a character) held over all entries.</summary>
    public long CapacityBytes { get; }

    /// <summary>Lookups answered from the cache so far.</summary>
    public long Hits => Interlocked.Read(ref hits);

    /// <summary>Lookups that had to search so far.</summary>
    public long Misses => Interlocked.Read(ref misses);

    /// <summary>The bytes the strings of <paramref name="answerHits"/> take; the rest of an entry is counted
    /// as a fixed amount per hit.</summary>
    public static long HitBytes(IEnumerable<SearchHit> answerHits) =>
        answerHits.Sum(h => 2L * (h.Text.Length + h.Highlight.Length + h.Snippet.Length) + 512);

    /// <summary>The answer to <paramref name="request"/> on the index version <paramref name="reader"/>, from the
    /// cache or from <paramref name="search"/> (whose answer is then kept).</summary>
    public TAnswer GetOrAdd(object reader, SearchRequest request, Func<TAnswer> search)
    {
        if (CapacityHits == 0)
        {
            Interlocked.Increment(ref misses);
            return search();
        }
        lock (gate)
        {
            if (!ReferenceEquals(version, reader))
            {
                Clear(reader);
            }
            else if (entries.TryGetValue(request, out var known))
            {
                Interlocked.Increment(ref hits);
                return known;
            }
        }
        Interlocked.Increment(ref misses);
        var result = search();
        lock (gate)
        {
            var bytes = bytesOf(result);
            if (ReferenceEquals(version, reader) && hitsOf(result) + 1 <= CapacityHits && bytes <= CapacityBytes && entries.TryAdd(request, result))
            {
                order.Enqueue(request);
                heldHits += hitsOf(result) + 1;
                heldBytes += bytes;
                while ((heldHits > CapacityHits || heldBytes > CapacityBytes) && order.TryDequeue(out var oldest))
                {
                    heldHits -= hitsOf(entries[oldest]) + 1;
                    heldBytes -= bytesOf(entries[oldest]);
                    entries.Remove(oldest);
                }
            }
        }
        return result;
    }

    private void Clear(object reader)
    {
        entries.Clear();
        order.Clear();
        heldHits = 0;
        heldBytes = 0;
        version = reader;
    }
}
