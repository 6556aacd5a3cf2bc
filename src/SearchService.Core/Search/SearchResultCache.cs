namespace SearchService.Core.Search;

/// <summary>
/// Recent answers of one index version, so that a query many people send at once (a news item
/// everyone searches, a search box embedded on many sites) is ranked once rather than for each of
/// them. Entries belong to the reader that answered them: the first search on a newer reader empties
/// the cache, so an answer never outlives the index it came from. Size is bounded by the number of
/// hits held (each hit carries its paragraph three times: text, highlight, snippet); when over, the
/// oldest entries go first. Thread-safe; two simultaneous first requests for one query both search.
/// </summary>
public sealed class SearchResultCache(int capacityHits) : AnswerCache<SearchResult>(capacityHits, result => result.Hits.Count);

/// <summary>Recent answers of one kind per index version, bounded by the hits they hold (see
/// <see cref="SearchResultCache"/>); <c>size</c> says how many hits an answer holds.</summary>
public class AnswerCache<TAnswer>
    where TAnswer : class
{
    private readonly object gate = new();
    private readonly Func<TAnswer, int> size;
    private readonly Dictionary<SearchRequest, TAnswer> entries = [];
    private readonly Queue<SearchRequest> order = new();
    private object? version;
    private int heldHits;
    private long hits;
    private long misses;

    /// <summary>A cache holding at most <paramref name="capacityHits"/> hits (0: nothing is kept).</summary>
    public AnswerCache(int capacityHits, Func<TAnswer, int> size)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(capacityHits);
        CapacityHits = capacityHits;
        this.size = size;
    }

    /// <summary>Most hits held over all entries.</summary>
    public int CapacityHits { get; }

    /// <summary>Lookups answered from the cache so far.</summary>
    public long Hits => Interlocked.Read(ref hits);

    /// <summary>Lookups that had to search so far.</summary>
    public long Misses => Interlocked.Read(ref misses);

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
            if (ReferenceEquals(version, reader) && size(result) + 1 <= CapacityHits && entries.TryAdd(request, result))
            {
                order.Enqueue(request);
                heldHits += size(result) + 1;
                while (heldHits > CapacityHits && order.TryDequeue(out var oldest))
                {
                    heldHits -= size(entries[oldest]) + 1;
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
        version = reader;
    }
}
