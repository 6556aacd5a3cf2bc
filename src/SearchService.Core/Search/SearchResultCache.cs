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
/// holds and how many bytes they take. The entries are a <see cref="VersionedCache{TKey, TValue}"/>'s.</summary>
public class AnswerCache<TAnswer>
    where TAnswer : class
{
    /// <summary>Default of <see cref="CapacityBytes"/>: 64 MiB.</summary>
    public const long DefaultCapacityBytes = 64L * 1024 * 1024;

    private readonly VersionedCache<SearchRequest, TAnswer> entries;
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
        // An entry counts one place besides its hits, so an answer without hits is bounded too.
        entries = new VersionedCache<SearchRequest, TAnswer>(null,
            new(capacityHits, (_, answer) => hitsOf(answer) + 1),
            new(capacityBytes, (_, answer) => bytesOf(answer)));
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
        if (CapacityHits > 0 && entries.TryGet(reader, request, out var known))
        {
            Interlocked.Increment(ref hits);
            return known;
        }
        Interlocked.Increment(ref misses);
        var result = search();
        if (CapacityHits > 0)
        {
            entries.Add(reader, request, result);
        }
        return result;
    }
}
