using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text;
using Lucene.Net.Index;
using SearchService.Core.Analysis;

namespace SearchService.Core.Search;

/// <summary>
/// The letter trigrams of a field's terms (with the word's start and end as letters), per segment, to rule
/// out a near-spelling lookup (<see cref="VocabularyNeighbours"/>) without building its automaton. An edit
/// (insert, delete, substitute, swap of neighbours) changes at most four consecutive trigrams of a word, so
/// a word whose trigrams found in no term cannot be covered by <c>k</c> windows of four has no term within
/// <c>k</c> edits: the lookup would find nothing and is skipped. Made-up words are full of letter
/// combinations no term has ("kjpt"), Swedish words and their typos are not, so the check takes away the
/// cost of a made-up word (the attack of issue 13) and never a near spelling. The same trigrams of the
/// terms with their diacritics folded rule out an other-diacritics lookup (<see cref="DiacriticRestorations"/>),
/// which needs every trigram of the folded word. A segment's trigrams are read in the background on first
/// use; until then its words are looked up as before.
/// </summary>
public static class VocabularyTrigrams
{
    // The longest run of trigrams one edit can change: a swap of two letters touches every trigram holding either.
    private const int TrigramsPerEdit = 4;

    // Code points take 21 bits; the start and end marks are values no code point has.
    private const int Start = 0x110000;
    private const int End = 0x110001;

    // Keyed by the segment's core, which deletions do not change and which is dropped with the segment.
    private static readonly ConditionalWeakTable<object, ConcurrentDictionary<string, Lazy<Task<Trigrams>>>> Segments = new();

    /// <summary>The fewest edits that could turn <paramref name="word"/> into a term of <paramref name="field"/>
    /// as far as trigrams tell (a lower bound: the nearest term may need more); null while a segment's
    /// trigrams are still being read.</summary>
    public static int? LeastEdits(IndexReader reader, string field, string word) => LeastEdits(reader, field, word, folded: false);

    /// <summary>Whether no term of <paramref name="field"/> folds to <paramref name="folded"/> (a word with its
    /// diacritics folded, <see cref="DiacriticFolding"/>); false while a segment's trigrams are still being read.</summary>
    public static bool NoneFoldsTo(IndexReader reader, string field, string folded) => LeastEdits(reader, field, folded, folded: true) > 0;

    private static int? LeastEdits(IndexReader reader, string field, string word, bool folded)
    {
        var segments = new List<long[]>(reader.Leaves.Count);
        foreach (var leaf in reader.Leaves)
        {
            var trigrams = For(leaf.AtomicReader, field);
            if (!trigrams.IsCompletedSuccessfully)
            {
                return null;
            }
            segments.Add(folded ? trigrams.Result.Folded : trigrams.Result.Plain);
        }
        var keys = Keys(word);
        var (edits, coveredTo) = (0, -1);
        for (var i = 0; i < keys.Count; i++)
        {
            if (i > coveredTo && !segments.Any(s => Array.BinarySearch(s, keys[i]) >= 0))
            {
                edits++;
                coveredTo = i + TrigramsPerEdit - 1;
            }
        }
        return edits;
    }

    /// <summary>Completes when every segment's trigrams of <paramref name="field"/> are read (a warm-up, and
    /// tests that need the check to apply).</summary>
    public static Task Ready(IndexReader reader, string field) =>
        Task.WhenAll(reader.Leaves.Select(leaf => For(leaf.AtomicReader, field)));

    private static Task<Trigrams> For(AtomicReader reader, string field) =>
        Segments.GetValue(reader.CoreCacheKey, _ => new ConcurrentDictionary<string, Lazy<Task<Trigrams>>>(StringComparer.Ordinal))
            .GetOrAdd(field, name => new Lazy<Task<Trigrams>>(() => Task.Run(() => Read(reader, name))))
            .Value;

    // A segment's trigrams, sorted for binary search: as the terms are and with their diacritics folded.
    private sealed record Trigrams(long[] Plain, long[] Folded);

    private static Trigrams Read(AtomicReader reader, string field)
    {
        var (plain, folded) = (new HashSet<long>(), new HashSet<long>());
        var terms = reader.GetTerms(field)?.GetEnumerator();
        while (terms?.MoveNext() == true)
        {
            var text = Encoding.UTF8.GetString(terms.Term.Bytes, terms.Term.Offset, terms.Term.Length);
            plain.UnionWith(Keys(text));
            folded.UnionWith(Keys(DiacriticFolding.Fold(text)));
        }
        return new Trigrams(Sorted(plain), Sorted(folded));
    }

    private static long[] Sorted(HashSet<long> keys)
    {
        var sorted = keys.ToArray();
        Array.Sort(sorted);
        return sorted;
    }

    private static List<long> Keys(string word)
    {
        int[] letters = [Start, .. word.EnumerateRunes().Select(r => r.Value), End];
        var keys = new List<long>(letters.Length);
        for (var i = 0; i + 2 < letters.Length; i++)
        {
            keys.Add(Key(letters[i], letters[i + 1], letters[i + 2]));
        }
        return keys;
    }

    private static long Key(int a, int b, int c) => ((long)a << 42) | ((long)b << 21) | (uint)c;
}
