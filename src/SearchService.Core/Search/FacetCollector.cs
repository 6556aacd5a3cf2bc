using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace SearchService.Core.Search;

/// <summary>Counts matching paragraphs per value of one field's sorted doc values (region,
/// organisation, document type, year): one counter array per segment, turned into names only once
/// per segment at the end.</summary>
internal sealed class FacetCollector(string name) : ICollector
{
    private readonly Dictionary<string, int> counts = new(StringComparer.Ordinal);
    private SortedDocValues? values;
    private int[] ordinalCounts = [];

    /// <summary>The field counted.</summary>
    public string Field => name;

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        Flush();
        values = context.AtomicReader.GetSortedDocValues(name);
        ordinalCounts = values is null ? [] : new int[values.ValueCount];
    }

    public void Collect(int doc)
    {
        var ordinal = values?.GetOrd(doc) ?? -1;
        if (ordinal >= 0)
        {
            ordinalCounts[ordinal]++;
        }
    }

    /// <summary>Counts by value, largest first, then by value.</summary>
    public IReadOnlyList<FacetValue> Result()
    {
        Flush();
        return counts.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => new FacetValue(p.Key, p.Value)).ToList();
    }

    private void Flush()
    {
        if (values is null)
        {
            return;
        }
        var term = new BytesRef();
        for (var ordinal = 0; ordinal < ordinalCounts.Length; ordinal++)
        {
            if (ordinalCounts[ordinal] > 0)
            {
                values.LookupOrd(ordinal, term);
                var name = term.Utf8ToString();
                counts[name] = counts.GetValueOrDefault(name) + ordinalCounts[ordinal];
            }
        }
        values = null;
        ordinalCounts = [];
    }
}
