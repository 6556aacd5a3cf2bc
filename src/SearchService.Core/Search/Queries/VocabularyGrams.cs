using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text;
using Lucene.Net.Index;
using SearchService.Core.Analysis;
using SearchService.Core.Indexing;

namespace SearchService.Core.Search.Queries;

/// <summary>
/// The runs of three and of four letters (with the word's start and end as letters) of a field's terms,
/// per segment, to rule out a near-spelling lookup (<see cref="VocabularyNeighbours"/>) without building its
/// automaton. An edit (insert, delete, substitute, swap of neighbours) changes at most four consecutive
/// trigrams of a word, five four-grams; so a word whose runs found in no term cannot be covered by <c>k</c>
/// such windows has no term within <c>k</c> edits: the lookup would find nothing and is skipped. Made-up
/// words are full of letter combinations no term has ("kjpt"), Swedish words and their typos are not, so the
/// check takes away the cost of a made-up word (the attack of issue 13) and never a near spelling. The
/// four-grams of the terms with their diacritics folded rule out an other-diacritics lookup
/// (<see cref="DiacriticRestorations"/>), which needs every run of the folded word. A term with a four-letter
/// run a segment lacks is not sought there at all (<see cref="QueryTerms"/>). A segment's runs are read
/// in the background on first use; until then its words are looked up as before.
/// </summary>
public static class VocabularyGrams
{
    // Letters take 16 bits, so four fit a key; the few above them share one value, which can only make a
    // run look found (a lookup not skipped), never the reverse. The start and end marks are non-characters.
    private const int LastLetter = 0xFFFC;
    private const int Start = 0xFFFE;
    private const int End = 0xFFFD;

    // Keyed by the segment's core, which deletions do not change and which is dropped with the segment.
    private static readonly ConditionalWeakTable<object, ConcurrentDictionary<string, Lazy<Task<Grams>>>> Segments = new();

    /// <summary>The fewest edits that could turn <paramref name="word"/> into a term of <paramref name="field"/>
    /// as far as its runs of letters tell (a lower bound: the nearest term may need more); null while a
    /// segment's runs are still being read.</summary>
    public static int? LeastEdits(IndexReader reader, string field, string word)
    {
        if (Read(reader, field) is not { } segments)
        {
            return null;
        }
        return Math.Max(LeastEdits(segments.Select(s => s.Three), word, 3), LeastEdits(segments.Select(s => s.Four), word, 4));
    }

    /// <summary>Whether no term of <paramref name="field"/> folds to <paramref name="folded"/> (a word with its
    /// diacritics folded, <see cref="DiacriticFolding"/>); false while a segment's runs are still being read.</summary>
    public static bool NoneFoldsTo(IndexReader reader, string field, string folded) =>
        Read(reader, field) is { } segments && LeastEdits(segments.Select(s => s.FoldedFour), folded, 4) > 0;

    /// <summary>The fields whose runs a search reads: those words are sought in and looked up for near and
    /// other-diacritics spellings.</summary>
    public static IReadOnlySet<string> SearchedFields { get; } = new HashSet<string>(
        [ParagraphFields.Text, ParagraphFields.TextWords, ParagraphFields.TextParts, ParagraphFields.Section, ParagraphFields.Title], StringComparer.Ordinal);

    /// <summary>The runs of four letters (with the word's start and end) of <paramref name="term"/>, which
    /// <see cref="Lacks"/> looks for.</summary>
    internal static IReadOnlyList<long> FourLetterRuns(string term) => Keys(term, 4);

    /// <summary>Whether <paramref name="segment"/> surely has no term of <paramref name="field"/> with the four-letter
    /// <paramref name="runs"/> (<see cref="FourLetterRuns"/>): one of them is in none of its terms. False while the
    /// segment's runs are still being read, and whenever they are all found (the term may still be missing).</summary>
    internal static bool Lacks(AtomicReader segment, string field, IReadOnlyList<long> runs)
    {
        var grams = For(segment, field);
        if (!grams.IsCompletedSuccessfully)
        {
            return false;
        }
        var four = grams.Result.Four;
        foreach (var run in runs)
        {
            if (Array.BinarySearch(four, run) < 0)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Completes when every segment's runs of <paramref name="field"/> are read (a warm-up, and
    /// tests that need the check to apply).</summary>
    public static Task Ready(IndexReader reader, string field) =>
        Task.WhenAll(reader.Leaves.Select(leaf => For(leaf.AtomicReader, field)));

    // Windows of one edit's reach (a swap touches every run holding either letter: length + 1 of them)
    // that cover every run of the word found in no segment.
    private static int LeastEdits(IEnumerable<long[]> segments, string word, int length)
    {
        var found = segments.ToList();
        var keys = Keys(word, length);
        var (edits, coveredTo) = (0, -1);
        for (var i = 0; i < keys.Count; i++)
        {
            if (i > coveredTo && !found.Any(s => Array.BinarySearch(s, keys[i]) >= 0))
            {
                edits++;
                coveredTo = i + length;
            }
        }
        return edits;
    }

    private static List<Grams>? Read(IndexReader reader, string field)
    {
        var segments = new List<Grams>(reader.Leaves.Count);
        foreach (var leaf in reader.Leaves)
        {
            var grams = For(leaf.AtomicReader, field);
            if (!grams.IsCompletedSuccessfully)
            {
                return null;
            }
            segments.Add(grams.Result);
        }
        return segments;
    }

    // The runs are read one segment and field at a time, on one thread pool thread at most: a fresh service
    // asks for all of them at once, and five reads of a second or more each on the pool of a 2-core machine
    // left no thread for the server to accept its first connection on (it waited 0.5-1 s).
    private static readonly TaskScheduler OneAtATime = new ConcurrentExclusiveSchedulerPair(TaskScheduler.Default, maxConcurrencyLevel: 1).ExclusiveScheduler;

    private static Task<Grams> For(AtomicReader reader, string field) =>
        Segments.GetValue(reader.CoreCacheKey, _ => new ConcurrentDictionary<string, Lazy<Task<Grams>>>(StringComparer.Ordinal))
            .GetOrAdd(field, name => new Lazy<Task<Grams>>(() =>
                Task.Factory.StartNew(() => Read(reader, name), CancellationToken.None, TaskCreationOptions.DenyChildAttach, OneAtATime)))
            .Value;

    // A segment's runs, sorted for binary search: of three and four letters as the terms are, and of four
    // with their diacritics folded.
    private sealed record Grams(long[] Three, long[] Four, long[] FoldedFour);

    private static Grams Read(AtomicReader reader, string field)
    {
        var (three, four, folded) = (new HashSet<long>(), new HashSet<long>(), new HashSet<long>());
        var terms = reader.GetTerms(field)?.GetEnumerator();
        while (terms?.MoveNext() == true)
        {
            var text = Encoding.UTF8.GetString(terms.Term.Bytes, terms.Term.Offset, terms.Term.Length);
            three.UnionWith(Keys(text, 3));
            four.UnionWith(Keys(text, 4));
            folded.UnionWith(Keys(DiacriticFolding.Fold(text), 4));
        }
        return new Grams(Sorted(three), Sorted(four), Sorted(folded));
    }

    private static long[] Sorted(HashSet<long> keys)
    {
        var sorted = keys.ToArray();
        Array.Sort(sorted);
        return sorted;
    }

    private static List<long> Keys(string word, int length)
    {
        int[] letters = [Start, .. word.EnumerateRunes().Select(r => Math.Min(r.Value, LastLetter)), End];
        var keys = new List<long>(letters.Length);
        for (var i = 0; i + length <= letters.Length; i++)
        {
            var key = 0L;
            for (var j = 0; j < length; j++)
            {
                key = (key << 16) | (uint)letters[i + j];
            }
            keys.Add(key);
        }
        return keys;
    }
}
