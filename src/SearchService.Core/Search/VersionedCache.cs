using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace SearchService.Core.Search;

/// <summary>
/// Values computed on one index version, kept for the requests that ask the same key again on that version: the
/// answers of <see cref="AnswerCache{TAnswer}"/> (searches, the regions comparison) and the query plans of
/// <see cref="Queries.QueryPlans"/>. A version is the object a value was computed on (an index reader). A value
/// belongs to its version: the first request on another version empties the cache, so nothing outlives the index it
/// came from, and that version is retired: a request still holding it (a search leasing the reader a refresh
/// replaced) neither reads the cache nor empties it again. Bounded by weights of its entries, each with a capacity
/// (hits and bytes; query words): when over any, the oldest entries go first; an entry heavier than a capacity is not
/// kept. Thread-safe; two simultaneous first requests for a key both compute it, and the first value added is kept.
/// </summary>
internal sealed class VersionedCache<TKey, TValue>
    where TKey : notnull
    where TValue : class
{
    /// <summary>A bound on the entries held: at most <paramref name="Capacity"/> of <paramref name="Weight"/> over all.</summary>
    public readonly record struct Bound(long Capacity, Func<TKey, TValue, long> Weight);

    // Versions replaced, held weakly: a retired reader is forgotten when it is collected.
    private static readonly object Retired = new();

    private readonly Lock gate = new();
    private readonly Dictionary<TKey, TValue> entries;
    private readonly Queue<(TKey Key, long[] Weights)> order = new();
    private readonly Bound[] bounds;
    private readonly long[] held;
    private readonly ConditionalWeakTable<object, object> retired = new();
    private object? version;

    /// <summary>A cache under <paramref name="bounds"/>, comparing keys with <paramref name="comparer"/>.</summary>
    public VersionedCache(IEqualityComparer<TKey>? comparer, params Bound[] bounds)
    {
        foreach (var bound in bounds)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(bound.Capacity);
        }
        entries = new Dictionary<TKey, TValue>(comparer);
        this.bounds = bounds;
        held = new long[bounds.Length];
    }

    /// <summary>Entries held.</summary>
    public int Count
    {
        get
        {
            lock (gate)
            {
                return entries.Count;
            }
        }
    }

    /// <summary>The value kept for <paramref name="key"/> on <paramref name="at"/>, if any. A version not seen before
    /// becomes the current one (the cache is emptied); a retired one finds nothing.</summary>
    public bool TryGet(object at, TKey key, [MaybeNullWhen(false)] out TValue value)
    {
        lock (gate)
        {
            if (IsCurrent(at) && entries.TryGetValue(key, out value))
            {
                return true;
            }
        }
        value = null;
        return false;
    }

    /// <summary>Keeps <paramref name="value"/> for <paramref name="key"/>, computed on <paramref name="at"/>, unless the
    /// version is retired, the key is held already or the value is heavier than a capacity; the oldest entries go until
    /// every bound holds.</summary>
    public void Add(object at, TKey key, TValue value)
    {
        var weights = new long[bounds.Length];
        for (var i = 0; i < bounds.Length; i++)
        {
            weights[i] = bounds[i].Weight(key, value);
            if (weights[i] > bounds[i].Capacity)
            {
                return;
            }
        }
        lock (gate)
        {
            if (!IsCurrent(at) || !entries.TryAdd(key, value))
            {
                return;
            }
            order.Enqueue((key, weights));
            for (var i = 0; i < held.Length; i++)
            {
                held[i] += weights[i];
            }
            while (OverABound() && order.TryDequeue(out var oldest))
            {
                entries.Remove(oldest.Key);
                for (var i = 0; i < held.Length; i++)
                {
                    held[i] -= oldest.Weights[i];
                }
            }
        }
    }

    private bool OverABound()
    {
        for (var i = 0; i < held.Length; i++)
        {
            if (held[i] > bounds[i].Capacity)
            {
                return true;
            }
        }
        return false;
    }

    // Whether at is the current version, making it so (and retiring the last) when it has not been seen. Under the gate.
    private bool IsCurrent(object at)
    {
        if (ReferenceEquals(version, at))
        {
            return true;
        }
        if (retired.TryGetValue(at, out _))
        {
            return false;
        }
        if (version is not null)
        {
            retired.AddOrUpdate(version, Retired);
        }
        version = at;
        entries.Clear();
        order.Clear();
        Array.Clear(held);
        return true;
    }
}
