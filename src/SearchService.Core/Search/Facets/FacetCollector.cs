using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using SearchService.Core.Search.Scoring;

namespace SearchService.Core.Search.Facets;

/// <summary>
/// Collects the hits of a filtered search and counts its facets in one pass over the unfiltered
/// matches, the way shops count them ("drill sideways"): a match that passes every filter is a hit
/// and counts for every facet; a match that fails exactly one filter counts only for that filter's
/// own facet, so a page filtered to Skåne still shows how many hits the other regions have. Filters
/// and facets are read from per-segment ordinal arrays (<see cref="SegmentOrdinals"/>).
/// </summary>
internal sealed class FacetCollector : ICollector, ISetCounter
{
    private readonly ICollector hits;
    private readonly IReadOnlyList<SearchFilter> filters;
    private readonly string[] fields;
    private readonly Dictionary<string, int>[] totals;
    private readonly int[] filterFacet;
    private readonly int[]?[] ordinals;
    private readonly int[][] counts;
    private readonly bool[]?[] accepted;
    private SortedDocValues?[] values;

    // The facets the current segment has values for, as (ordinals, counts) pairs: the per-match loop
    // touches only these.
    private (int[] Ordinals, int[] Counts)[] present = [];

    /// <summary>Counts the facets of every match of an unfiltered search, and nothing else (the count pass of
    /// <see cref="TermAtATimeSearch.Planned.TryTopHits"/>, which takes each segment's matches as one set).</summary>
    public FacetCollector(IReadOnlyList<string> facetFields) : this(facetFields, [], NoHits.Instance)
    {
    }

    /// <summary>Counts <paramref name="facetFields"/> and passes matches of every filter to <paramref name="hits"/>.</summary>
    public FacetCollector(IReadOnlyList<string> facetFields, IReadOnlyList<SearchFilter> filters, ICollector hits)
    {
        this.hits = hits;
        this.filters = filters;
        fields = [.. facetFields];
        totals = [.. fields.Select(_ => new Dictionary<string, int>(StringComparer.Ordinal))];
        filterFacet = [.. filters.Select(f => Array.IndexOf(fields, f.Field))];
        if (filterFacet.Contains(-1))
        {
            throw new ArgumentException("Every filter must be on a facet field.", nameof(filters));
        }
        ordinals = new int[]?[fields.Length];
        counts = [.. fields.Select(_ => Array.Empty<int>())];
        accepted = new bool[]?[filters.Count];
        values = new SortedDocValues?[fields.Length];
    }

    public bool AcceptsDocsOutOfOrder => hits.AcceptsDocsOutOfOrder;

    public void SetScorer(Scorer scorer) => hits.SetScorer(scorer);

    public void SetNextReader(AtomicReaderContext context)
    {
        Flush();
        hits.SetNextReader(context);
        var reader = context.AtomicReader;
        values = [.. fields.Select(reader.GetSortedDocValues)];
        for (var f = 0; f < fields.Length; f++)
        {
            ordinals[f] = SegmentOrdinals.For(reader, fields[f]);
            counts[f] = new int[values[f]?.ValueCount ?? 0];
        }
        for (var i = 0; i < filters.Count; i++)
        {
            accepted[i] = filters[i].AcceptedOrdinals(values[filterFacet[i]]);
        }
        present = [.. Enumerable.Range(0, fields.Length).Where(f => ordinals[f] is not null).Select(f => (ordinals[f]!, counts[f]))];
    }

    public void Collect(int doc)
    {
        var failed = -1;
        for (var i = 0; i < accepted.Length; i++)
        {
            var ordinal = Ordinal(filterFacet[i], doc);
            if (ordinal < 0 || !accepted[i]![ordinal])
            {
                if (failed >= 0)
                {
                    return;
                }
                failed = i;
            }
        }
        if (failed >= 0)
        {
            Count(filterFacet[failed], doc);
            return;
        }
        hits.Collect(doc);
        foreach (var (facetOrdinals, facetCounts) in present)
        {
            var ordinal = facetOrdinals[doc];
            if (ordinal >= 0)
            {
                facetCounts[ordinal]++;
            }
        }
    }

    /// <summary>Counts every document of <paramref name="matches"/> (the current segment's) as <see cref="Collect"/>
    /// would, facet by facet over the set instead of document by document; the number of matches. Null, with
    /// nothing counted, unless the collector only counts (no filters, no hits to pass on).</summary>
    public int? CountAll(ulong[] matches, int maxDoc)
    {
        if (accepted.Length > 0 || hits is not NoHits)
        {
            return null;
        }
        foreach (var (facetOrdinals, facetCounts) in present)
        {
            foreach (var doc in DocBits.InOrder(matches, maxDoc))
            {
                var ordinal = facetOrdinals[doc];
                if (ordinal >= 0)
                {
                    facetCounts[ordinal]++;
                }
            }
        }
        return DocBits.CountInWords(matches, 0, DocBits.Words(maxDoc));
    }

    /// <summary>Counts per facet field, largest first, then by value.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Result()
    {
        Flush();
        return fields.Select((field, f) => (field, f)).ToDictionary(
            p => p.field,
            p => (IReadOnlyList<FacetValue>)totals[p.f].OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal)
                .Select(c => new FacetValue(c.Key, c.Value)).ToList(),
            StringComparer.Ordinal);
    }

    private int Ordinal(int facet, int doc) => ordinals[facet] is { } known ? known[doc] : -1;

    private void Count(int facet, int doc)
    {
        var ordinal = Ordinal(facet, doc);
        if (ordinal >= 0)
        {
            counts[facet][ordinal]++;
        }
    }

    private void Flush()
    {
        var term = new BytesRef();
        for (var f = 0; f < fields.Length; f++)
        {
            for (var ordinal = 0; ordinal < counts[f].Length; ordinal++)
            {
                if (counts[f][ordinal] > 0)
                {
                    values[f]!.LookupOrd(ordinal, term);
                    var name = term.Utf8ToString();
                    totals[f][name] = totals[f].GetValueOrDefault(name) + counts[f][ordinal];
                }
            }
            counts[f] = [];
        }
    }

    // The hits of a search that only counts: there are none to keep.
    private sealed class NoHits : ICollector
    {
        public static readonly NoHits Instance = new();

        public bool AcceptsDocsOutOfOrder => true;

        public void SetScorer(Scorer scorer)
        {
        }

        public void SetNextReader(AtomicReaderContext context)
        {
        }

        public void Collect(int doc)
        {
        }
    }
}
