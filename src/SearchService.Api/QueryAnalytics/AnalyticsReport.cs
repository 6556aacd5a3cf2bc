using System.ComponentModel;

namespace SearchService.Api.QueryAnalytics;

/// <summary>What people searched for in a period (UTC days, both ends included).</summary>
public sealed record AnalyticsReport(
    [property: Description("First day of the period (UTC).")] DateOnly From,
    [property: Description("Last day of the period (UTC).")] DateOnly To,
    [property: Description("Counts over all searches of the period, the withheld ones included.")] AnalyticsTotals Totals,
    [property: Description("The most searched queries.")] IReadOnlyList<QueryCount> TopQueries,
    [property: Description("Queries that found nothing, most searched first.")] IReadOnlyList<QueryCount> ZeroHitQueries,
    [property: Description("Queries that found something but whose first page was never clicked (as reported by the search page and the widget).")] IReadOnlyList<QueryCount> NoClickQueries);

/// <summary>Totals of a period.</summary>
public sealed record AnalyticsTotals(
    [property: Description("First-page searches.")] long Searches,
    [property: Description("First-page searches with no hit.")] long ZeroHitSearches,
    [property: Description("Clicks on first-page hits reported by the page and the widget.")] long Clicks,
    [property: Description("Searches counted but not kept because the query looked like a personal identity number or an e-mail address.")] long Withheld);

/// <summary>One normalised query's counts over a period.</summary>
public sealed record QueryCount(
    [property: Description("The query, lower-cased with single spaces.")] string Query,
    [property: Description("First-page searches.")] long Searches,
    [property: Description("Of those, searches with no hit.")] long ZeroHits,
    [property: Description("Clicks on its first-page hits.")] long Clicks);
