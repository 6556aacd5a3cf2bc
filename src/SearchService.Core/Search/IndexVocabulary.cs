using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace SearchService.Core.Search;

/// <summary>
/// A reader's terms across all its segments, merged once per reader. Lucene's <see cref="MultiFields.GetTerms(IndexReader, string)"/>
/// merges the segments' fields anew on every call; on an index of 8 segments a query of many rare words called
/// it hundreds of times (for each word's other spellings, and for each term clause's collection statistics),
/// a fifth of its cost. A reader never changes, so neither do its merged fields.
/// </summary>
public static class IndexVocabulary
{
    // Keyed by the reader itself: a refreshed reader is another key, and an entry goes with its reader.
    private static readonly ConditionalWeakTable<IndexReader, Fields?> Merged = new();

    /// <summary>The terms of <paramref name="field"/> in all of <paramref name="reader"/>'s segments; null when none has the field.</summary>
    public static Terms? Terms(IndexReader reader, string field) =>
        Merged.GetValue(reader, MultiFields.GetFields)?.GetTerms(field);

    /// <summary>
    /// An <see cref="IndexSearcher"/> whose collection statistics (paragraphs, postings and term counts of a
    /// field) are read once per field; Lucene's reads them for every term clause it weighs.
    /// </summary>
    public class Searcher(IndexReader reader) : IndexSearcher(reader)
    {
        private readonly ConcurrentDictionary<string, CollectionStatistics> fields = new(StringComparer.Ordinal);

        /// <inheritdoc />
        public override CollectionStatistics CollectionStatistics(string field) =>
            fields.TryGetValue(field, out var statistics) ? statistics : fields.GetOrAdd(field, base.CollectionStatistics(field));
    }
}
