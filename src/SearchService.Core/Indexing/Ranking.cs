using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace SearchService.Core.Indexing;

/// <summary>
/// The ranking function, shared by the writer (which stores each field's length norm) and every
/// searcher: Lucene's classic TF-IDF (<see cref="DefaultSimilarity"/>, Lucene.Net 4.8's default).
/// BM25 (Elasticsearch's default) was measured on the relevance set and ranked worse with our field
/// and clause weights: nDCG@10 0.759 against 0.796 (standard chain 0.506 against 0.496), with
/// <c>dotnet run --project src/SearchService.Indexer -c Release -- eval --qrels tests/eval/relevance.json --analysis both</c>.
/// Both encode length norms alike, so switching here needs no re-index, only a new relevance run.
/// </summary>
public static class Ranking
{
    /// <summary>When fewer paragraphs than this have all the words of a query (a query of words side by
    /// side, not joined by OCH/AND), the search also takes those with only some of them, ranked after
    /// those with all and by how many and how rare the words they have are: a page is never empty
    /// because one word of several is missing.</summary>
    public const int RelaxBelow = 10;

    /// <summary>Weight of "has all the words" in a relaxed search: far above any sum of word scores,
    /// so every paragraph with all the words ranks first.</summary>
    public const float AllWordsBoost = 1000f;

    /// <summary>The similarity for writers and searchers.</summary>
    public static Similarity Similarity { get; } = new DefaultSimilarity();

    /// <summary>Creates the searchers of a <see cref="SearcherManager"/> with <see cref="Similarity"/>.</summary>
    public sealed class SearcherFactory : Lucene.Net.Search.SearcherFactory
    {
        /// <inheritdoc />
        public override IndexSearcher NewSearcher(Lucene.Net.Index.IndexReader reader) => new(reader) { Similarity = Similarity };
    }
}
