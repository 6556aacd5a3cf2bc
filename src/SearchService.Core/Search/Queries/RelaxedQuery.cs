using Lucene.Net.Index;
using Lucene.Net.Search;
using SearchService.Core.Search.Scoring;

namespace SearchService.Core.Search.Queries;

/// <summary>When a query runs relaxed: fewer than <see cref="Ranking.RelaxBelow"/> paragraphs have all its
/// words (with the request's filters) and it has words to relax. Search, the region comparison, the feed
/// and the export all decide it here, so they answer for the same matches.</summary>
internal static class RelaxedQuery
{
    /// <summary>The relaxed query to run instead of <paramref name="strict"/>, which <paramref name="strictTotal"/>
    /// paragraphs match; null to keep the strict one. A cluster's shard is told (<paramref name="relax"/>): it
    /// matches only part of the corpus, whose strict total decides.</summary>
    public static Query? For(LuceneQueryBuilder builder, UserQuery parsed, LuceneQueryBuilder.BuiltQuery strict, IndexReader reader, int strictTotal, bool? relax = null) =>
        relax ?? Below(strictTotal) ? builder.Relax(parsed, strict, reader) : null;

    /// <summary>The relaxed query of <paramref name="plan"/> to run instead of its strict one, which <paramref name="strictTotal"/>
    /// paragraphs match; null to keep the strict one. A cluster's shard is told (<paramref name="relax"/>).</summary>
    public static PlannedQuery? For(QueryPlan plan, int strictTotal, bool? relax = null) =>
        relax ?? Below(strictTotal) ? plan.Relaxed : null;

    /// <summary>Whether a strict query matching <paramref name="strictTotal"/> paragraphs runs relaxed (when it has words to relax).</summary>
    public static bool Below(int strictTotal) => strictTotal < Ranking.RelaxBelow;
}
