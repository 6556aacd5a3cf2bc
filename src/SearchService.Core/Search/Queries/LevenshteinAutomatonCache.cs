using System.Collections.Concurrent;
using Lucene.Net.Util.Automaton;

namespace SearchService.Core.Search.Queries;

/// <summary>
/// The compiled Levenshtein automata of recently looked-up words, so that a word asked again (a popular
/// typo, the typo clause and "did you mean" of one request, a relaxed query built a second time) builds
/// none: building and compiling a two-edit automaton of a 16-letter word took 3–8 ms, more than walking
/// the term dictionary with it. Automata do not depend on the index, so they outlive index versions.
/// Bounded by <see cref="Capacity"/> automata: a compiled two-edit automaton holds about 0.25 MB for a
/// 12-letter word and 0.6 MB for 24 letters, so the cache stays under 40 MB; cleared when full, like the
/// analyzer's caches.
/// </summary>
public static class LevenshteinAutomatonCache
{
    /// <summary>Most automata kept.</summary>
    public const int Capacity = 64;

    private static readonly ConcurrentDictionary<(string Term, int Edits, int PrefixLength), CompiledAutomaton> Automata = new();
    private static long built;

    /// <summary>Automata built so far (not found in the cache).</summary>
    public static long Built => Interlocked.Read(ref built);

    /// <summary>The automaton accepting every term within <paramref name="edits"/> edits (insert, delete,
    /// substitute, swap of neighbours) of <paramref name="term"/> that starts with its first
    /// <paramref name="prefixLength"/> letters.</summary>
    public static CompiledAutomaton For(string term, int edits, int prefixLength)
    {
        var key = (term, edits, prefixLength);
        if (Automata.TryGetValue(key, out var known))
        {
            return known;
        }
        if (Automata.Count >= Capacity)
        {
            Automata.Clear();
        }
        Interlocked.Increment(ref built);
        var automaton = new LevenshteinAutomata(term[prefixLength..], withTranspositions: true).ToAutomaton(edits);
        if (prefixLength > 0)
        {
            automaton = BasicOperations.Concatenate(BasicAutomata.MakeString(term[..prefixLength]), automaton);
        }
        // Compiled as FuzzyTermsEnum compiles its own: a finite language, not simplified.
        return Automata.GetOrAdd(key, new CompiledAutomaton(automaton, finite: true, simplify: false));
    }
}
