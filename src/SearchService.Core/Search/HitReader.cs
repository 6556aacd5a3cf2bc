using Lucene.Net.Analysis;
using Lucene.Net.Index;
using SearchService.Core.Highlighting;
using SearchService.Core.Search.Queries;

namespace SearchService.Core.Search;

/// <summary>Turns a matching paragraph's stored fields into a hit, its words marked the way every
/// answer marks them (search, region comparison, feed).</summary>
internal sealed class HitReader(Analyzer analyzer)
{
    private readonly ParagraphMarker marker = new(analyzer);

    /// <summary>The hit for paragraph <paramref name="doc"/> of <paramref name="reader"/>; <paramref name="markParts"/>
    /// marks just the matched part of a compound.</summary>
    public SearchHit Read(IndexReader reader, int doc, float score, HighlightTerms highlight, bool markParts)
    {
        var stored = StoredParagraph.Read(reader, doc);
        return stored.ToHit(score, marker.Mark(stored.Text, highlight, markParts));
    }
}
