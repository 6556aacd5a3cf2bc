using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using SearchService.Core.Indexing;

namespace SearchService.Core.Search;

/// <summary>Passes on only the paragraphs of one region, read from the region's sorted doc values.
/// Lets a region-filtered search rank and count facets over all regions in one pass over the
/// matches instead of running the query twice.</summary>
internal sealed class RegionFilterCollector(ICollector inner, string region) : ICollector
{
    private readonly BytesRef wanted = new(region);
    private SortedDocValues? values;
    private int wantedOrdinal = -1;

    public bool AcceptsDocsOutOfOrder => inner.AcceptsDocsOutOfOrder;

    public void SetScorer(Scorer scorer) => inner.SetScorer(scorer);

    public void SetNextReader(AtomicReaderContext context)
    {
        values = context.AtomicReader.GetSortedDocValues(ParagraphFields.Region);
        wantedOrdinal = values?.LookupTerm(wanted) ?? -1;
        inner.SetNextReader(context);
    }

    public void Collect(int doc)
    {
        if (wantedOrdinal >= 0 && values!.GetOrd(doc) == wantedOrdinal)
        {
            inner.Collect(doc);
        }
    }
}
