using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;

namespace SearchService.Core.Search.Facets;

/// <summary>
/// The sorted-doc-values ordinal of every document of a segment for one field, read once per segment
/// and kept while the segment lives. Faceting a query that matches a third of a million paragraphs
/// reads an ordinal per match and field: from a plain array that is a load, through the codec's
/// packed readers it was most of the query's time.
/// </summary>
internal static class SegmentOrdinals
{
    // Keyed by the segment's core, which deletions do not change and which is dropped with the segment.
    private static readonly ConditionalWeakTable<object, ConcurrentDictionary<string, int[]>> Cache = new();

    /// <summary>Ordinals by document (-1: no value), or null when no document of the segment has the field.</summary>
    public static int[]? For(AtomicReader reader, string field)
    {
        var fields = Cache.GetValue(reader.CoreCacheKey, _ => new ConcurrentDictionary<string, int[]>(StringComparer.Ordinal));
        var ordinals = fields.GetOrAdd(field, name => Read(reader, name));
        return ordinals.Length == 0 ? null : ordinals;
    }

    private static int[] Read(AtomicReader reader, string field)
    {
        if (reader.GetSortedDocValues(field) is not { ValueCount: > 0 } values)
        {
            return [];
        }
        var ordinals = new int[reader.MaxDoc];
        for (var doc = 0; doc < ordinals.Length; doc++)
        {
            ordinals[doc] = values.GetOrd(doc);
        }
        return ordinals;
    }
}
