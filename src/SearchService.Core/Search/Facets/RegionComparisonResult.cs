using System.ComponentModel;

namespace SearchService.Core.Search.Facets;

/// <summary>How every region writes about a query: counts, shares, years and best paragraphs per region.</summary>
public sealed record RegionComparisonResult(
    [property: Description("The query as given.")] string Query,
    [property: Description("Matching paragraphs over all regions (with the filters applied); equals the search's `total` for the same query and filters.")] int Total,
    [property: Description("Documents with at least one matching paragraph.")] int Documents,
    [property: Description("Time spent, in milliseconds.")] double TookMs,
    [property: Description("Every year in which some region has a matching paragraph (from the document's date), oldest first.")] IReadOnlyList<int> Years,
    [property: Description("The 21 regions in the official order, then `nationellt` for documents about no single region.")] IReadOnlyList<RegionMatches> Regions);

/// <summary>One region's part of a comparison.</summary>
public sealed record RegionMatches(
    [property: Description("The region's name, or `nationellt` for documents about no single region.")] string Region,
    [property: Description("Matching paragraphs in the region's documents; equals the region's count in the search's `facets.region`.")] int Paragraphs,
    [property: Description("The region's documents with at least one matching paragraph.")] int Documents,
    [property: Description("All the region's indexed paragraphs that pass the filters (matching or not): what the share is taken of.")] int IndexedParagraphs,
    [property: Description("Matching paragraphs per 10,000 of the region's indexed paragraphs (`paragraphs × 10000 / indexedParagraphs`, two decimals; 0 when it has none), so a region that publishes much does not win by volume.")] double PerTenThousand,
    [property: Description("Matching paragraphs per year of the document's date, oldest first; undated documents are not in it.")] IReadOnlyList<YearCount> Years,
    [property: Description("The region's best paragraphs (at most 3), ranked and marked exactly as search gives them.")] IReadOnlyList<SearchHit> Hits);

/// <summary>Matching paragraphs in one year.</summary>
public sealed record YearCount(
    [property: Description("The year.")] int Year,
    [property: Description("Matching paragraphs of documents dated in it.")] int Count);
