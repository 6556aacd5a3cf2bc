using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using SearchService.Core.Documents;
using SearchService.Core.Indexing;

namespace SearchService.Core.Search.Facets;

/// <summary>
/// Collects a query's matches that pass every filter per region in one pass: paragraphs, distinct
/// documents, paragraphs per year and the best few hits, from the per-segment ordinal arrays facets
/// use (<see cref="SegmentOrdinals"/>). Slot <see cref="National"/> takes documents with no region.
/// </summary>
internal sealed class RegionCollector : ICollector
{
    /// <summary>Slot of the documents about no single region.</summary>
    public static readonly int National = SwedishRegions.All.Count;

    // Indexed paragraphs per slot, by segment version (its core and deletions) and filters; dropped with the segment.
    private static readonly ConditionalWeakTable<object, ConcurrentDictionary<string, int[]>> IndexedCounts = new();

    private const int MaxKeptFilterSets = 256;

    private readonly IReadOnlyList<SearchFilter> filters;
    private readonly TopScoreDocCollector[] best;
    private readonly Dictionary<int, int>[] years;
    private readonly bool[]?[] accepted;
    private readonly int[]?[] filterOrdinals;
    private int[]? regions;
    private int[] slotOfRegion = [];
    private int[]? documentOrdinals;
    private bool[] documentSeen = [];
    private int[]? yearOrdinals;
    private int[] yearOf = [];

    // The segment's matches per (slot, year ordinal), added to years when the segment ends.
    private int[] yearCounts = [];

    public RegionCollector(IReadOnlyList<SearchFilter> filters, int hitsPerRegion)
    {
        this.filters = filters;
        best = [.. Enumerable.Range(0, National + 1).Select(_ => TopScoreDocCollector.Create(hitsPerRegion, docsScoredInOrder: true))];
        years = [.. best.Select(_ => new Dictionary<int, int>())];
        Paragraphs = new int[best.Length];
        Documents = new int[best.Length];
        accepted = new bool[]?[filters.Count];
        filterOrdinals = new int[]?[filters.Count];
    }

    /// <summary>Matching paragraphs per slot.</summary>
    public int[] Paragraphs { get; }

    /// <summary>Documents with a matching paragraph per slot.</summary>
    public int[] Documents { get; }

    public bool AcceptsDocsOutOfOrder => false;

    /// <summary>The slot's best hits.</summary>
    public TopDocs Best(int slot) => best[slot].GetTopDocs();

    /// <summary>The slot's matching paragraphs per year, oldest first.</summary>
    public IReadOnlyList<YearCount> Years(int slot)
    {
        FlushYears();
        return [.. years[slot].OrderBy(y => y.Key).Select(y => new YearCount(y.Key, y.Value))];
    }

    public void SetScorer(Scorer scorer)
    {
        foreach (var collector in best)
        {
            collector.SetScorer(scorer);
        }
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        foreach (var collector in best)
        {
            collector.SetNextReader(context);
        }
        Prepare(context.AtomicReader);
    }

    private void Prepare(AtomicReader reader)
    {
        FlushYears();
        for (var i = 0; i < filters.Count; i++)
        {
            accepted[i] = filters[i].AcceptedOrdinals(reader.GetSortedDocValues(filters[i].Field));
            filterOrdinals[i] = SegmentOrdinals.For(reader, filters[i].Field);
        }
        regions = SegmentOrdinals.For(reader, ParagraphFields.Region);
        slotOfRegion = Slots(reader);
        documentOrdinals = SegmentOrdinals.For(reader, ParagraphFields.DocumentId);
        // A document's paragraphs are added as one block, so they share a segment: counting per segment is exact.
        documentSeen = new bool[reader.GetSortedDocValues(ParagraphFields.DocumentId)?.ValueCount ?? 0];
        yearOrdinals = SegmentOrdinals.For(reader, ParagraphFields.Year);
        yearOf = Values(reader.GetSortedDocValues(ParagraphFields.Year), v => int.Parse(v, CultureInfo.InvariantCulture));
        yearCounts = new int[best.Length * yearOf.Length];
    }

    public void Collect(int doc)
    {
        if (!Passes(doc))
        {
            return;
        }
        var slot = SlotOf(doc);
        Paragraphs[slot]++;
        best[slot].Collect(doc);
        if (documentOrdinals is not null && documentOrdinals[doc] is var document and >= 0 && !documentSeen[document])
        {
            documentSeen[document] = true;
            Documents[slot]++;
        }
        if (yearOrdinals is not null && yearOrdinals[doc] is var year and >= 0)
        {
            yearCounts[slot * yearOf.Length + year]++;
        }
    }

    /// <summary>All paragraphs of the segment that pass the filters, counted per slot into <paramref name="counts"/>.
    /// They change only with the segment's documents, so they are kept per segment version and filters.</summary>
    public void CountIndexed(AtomicReader reader, int[] counts)
    {
        var key = string.Join('\n', filters.Select(f => $"{f.Field}={f.Term}"));
        var segment = IndexedCounts.GetValue(reader.CombinedCoreAndDeletesKey, _ => new ConcurrentDictionary<string, int[]>(StringComparer.Ordinal));
        // Filters are free text (organisation), so the kept combinations are bounded; past the bound they are counted each time.
        var known = segment.TryGetValue(key, out var kept) ? kept
            : segment.Count < MaxKeptFilterSets ? segment.GetOrAdd(key, _ => CountIndexed(reader))
            : CountIndexed(reader);
        for (var slot = 0; slot < counts.Length; slot++)
        {
            counts[slot] += known[slot];
        }
    }

    private int[] CountIndexed(AtomicReader reader)
    {
        Prepare(reader);
        var counts = new int[best.Length];
        var live = reader.LiveDocs;
        for (var doc = 0; doc < reader.MaxDoc; doc++)
        {
            if ((live is null || live.Get(doc)) && Passes(doc))
            {
                counts[SlotOf(doc)]++;
            }
        }
        return counts;
    }

    private void FlushYears()
    {
        for (var i = 0; i < yearCounts.Length; i++)
        {
            if (yearCounts[i] > 0)
            {
                var (slot, year) = (i / yearOf.Length, yearOf[i % yearOf.Length]);
                years[slot][year] = years[slot].GetValueOrDefault(year) + yearCounts[i];
                yearCounts[i] = 0;
            }
        }
    }

    private bool Passes(int doc)
    {
        for (var i = 0; i < accepted.Length; i++)
        {
            var ordinal = filterOrdinals[i] is { } ordinals ? ordinals[doc] : -1;
            if (ordinal < 0 || !accepted[i]![ordinal])
            {
                return false;
            }
        }
        return true;
    }

    private int SlotOf(int doc) => regions is not null && regions[doc] is var ordinal and >= 0 ? slotOfRegion[ordinal] : National;

    private static int[] Slots(AtomicReader reader) =>
        Values(reader.GetSortedDocValues(ParagraphFields.Region), name =>
            SwedishRegions.All.Select((r, i) => (r.Name, Slot: i)).FirstOrDefault(r => r.Name == name, (Name: name, Slot: National)).Slot);

    private static int[] Values(SortedDocValues? values, Func<string, int> map)
    {
        var mapped = new int[values?.ValueCount ?? 0];
        var term = new BytesRef();
        for (var ordinal = 0; ordinal < mapped.Length; ordinal++)
        {
            values!.LookupOrd(ordinal, term);
            mapped[ordinal] = map(term.Utf8ToString());
        }
        return mapped;
    }
}
