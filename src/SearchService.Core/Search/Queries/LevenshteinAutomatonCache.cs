using Lucene.Net.Util.Automaton;

namespace SearchService.Core.Search.Queries;

/// <summary>
/// The compiled Levenshtein automata of recently looked-up words, so that a word asked again (a popular
/// typo, the typo clause and "did you mean" of one request, a relaxed query built a second time) builds
/// none: building and compiling a two-edit automaton of a 16-letter word took 3–8 ms, more than walking
/// the term dictionary with it. Bounded by <see cref="Capacity"/> automata: a compiled two-edit automaton
/// holds about 0.25 MB for a 12-letter word and 0.6 MB for 24 letters, so the cache stays under 40 MB.
/// </summary>
public static class LevenshteinAutomatonCache
{
    /// <summary>Most automata kept.</summary>
    public const int Capacity = 64;

    private static readonly AutomatonCache<(string Term, int Edits, int PrefixLength)> Automata = new(Capacity);

    /// <summary>Automata built so far (not found in the cache).</summary>
    public static long Built => Automata.Built;

    /// <summary>The automaton accepting every term within <paramref name="edits"/> edits (insert, delete,
    /// substitute, swap of neighbours) of <paramref name="term"/> that starts with its first
    /// <paramref name="prefixLength"/> letters.</summary>
    public static CompiledAutomaton For(string term, int edits, int prefixLength) => Automata.For((term, edits, prefixLength), Build);

    private static CompiledAutomaton Build((string Term, int Edits, int PrefixLength) key)
    {
        var (term, edits, prefixLength) = key;
        var automaton = new LevenshteinAutomata(term[prefixLength..], withTranspositions: true).ToAutomaton(edits);
        if (prefixLength > 0)
        {
            automaton = BasicOperations.Concatenate(BasicAutomata.MakeString(term[..prefixLength]), automaton);
        }
        // Compiled as FuzzyTermsEnum compiles its own: a finite language, not simplified.
        return new CompiledAutomaton(automaton, finite: true, simplify: false);
    }
}
