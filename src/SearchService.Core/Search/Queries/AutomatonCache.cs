using System.Collections.Concurrent;
using Lucene.Net.Util.Automaton;

namespace SearchService.Core.Search.Queries;

/// <summary>
/// Compiled automata of recently looked-up words, so that a word asked again (a popular query, the clauses and
/// "did you mean" of one request, a relaxed query built a second time) builds none: building and compiling an
/// automaton costs more than walking the term dictionary with it, and allocates more than the rest of a search.
/// Automata do not depend on the index, so they outlive index versions. Bounded by the capacity given; cleared
/// when full, like the analyzer's caches. Thread-safe.
/// </summary>
/// <typeparam name="TKey">What the automaton is built from.</typeparam>
/// <param name="capacity">Most automata kept.</param>
internal sealed class AutomatonCache<TKey>(int capacity) where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, CompiledAutomaton> automata = new();
    private long built;

    /// <summary>Automata built so far (not found in the cache).</summary>
    public long Built => Interlocked.Read(ref built);

    /// <summary>The automaton of <paramref name="key"/>, built by <paramref name="build"/> when not kept.</summary>
    public CompiledAutomaton For(TKey key, Func<TKey, CompiledAutomaton> build)
    {
        if (automata.TryGetValue(key, out var known))
        {
            return known;
        }
        if (automata.Count >= capacity)
        {
            automata.Clear();
        }
        Interlocked.Increment(ref built);
        return automata.GetOrAdd(key, build(key));
    }
}
