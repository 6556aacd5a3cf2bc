using Lucene.Net.Search;
using SearchService.Core.Indexing;

namespace SearchService.Core.Search;

/// <summary>The order of a search's hits.</summary>
public enum SearchOrder
{
    /// <summary>Best first (<see cref="Scoring.Ranking"/>): the default.</summary>
    Relevance,

    /// <summary>Newest document first, best first within a date; paragraphs of undated documents last.</summary>
    Newest,
}

/// <summary>The Lucene sorts of the orders other than relevance: one home for a search and for a feed.</summary>
internal static class SearchOrders
{
    /// <summary>By document date, newest first, then by score; undated paragraphs last.</summary>
    public static Sort NewestFirst { get; } = NewestThenBest();

    /// <summary>The sort of <paramref name="order"/>; null for relevance (the score alone).</summary>
    public static Sort? For(SearchOrder order) => order == SearchOrder.Newest ? NewestFirst : null;

    private static Sort NewestThenBest()
    {
        // Dates are ISO strings, so their order is the calendar's. Reversed, a missing value that sorts first sorts last.
        var byDate = new SortField(ParagraphFields.Date, SortFieldType.STRING, true);
        byDate.SetMissingValue(SortField.STRING_FIRST);
        return new Sort(byDate, SortField.FIELD_SCORE);
    }
}
