using System.ComponentModel;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using SearchService.Api.Security;

namespace SearchService.Api.QueryAnalytics;

/// <summary>Query analytics: the click beacon the search page and the widget send, and the report for site owners (API key).</summary>
public static class AnalyticsEndpoints
{
    /// <summary>Largest beacon body read.</summary>
    public const int MaxBeaconBytes = 2048;

    public const int MaxReportLimit = 100;

    /// <summary>What a click beacon says: the query whose first-page hit was opened.</summary>
    public sealed record ClickBeacon(
        [property: Description("The query the hit was found with, as searched.")] string? Query,
        [property: Description("The result page the hit was on; only page 1 counts.")] int Page = 1);

    public static IEndpointRouteBuilder MapAnalyticsEndpoints(this IEndpointRouteBuilder endpoints)
    {
        // Groups, not single routes: the reference lists tags in the order of the endpoints, and the search comes first.
        endpoints.MapGroup("/api/analytics").WithTags("Analytics").MapPost("/click", Click)
            .WithName("Click")
            .WithSummary("Counts a click on a first-page hit of a query (the beacon of the search page and the widget).")
            .WithDescription("The body is JSON like ClickBeacon, sent as text/plain so a browser sends it from any site without a preflight and without cookies. Nothing about the sender is kept; a query that looks like a personal identity number or an e-mail address is counted only as withheld.")
            .Accepts<ClickBeacon>("text/plain", "application/json")
            .DisableAntiforgery();
        endpoints.MapGroup("/api/admin").WithTags("Admin").MapGet("/analytics", GetReport)
            .WithName("Analytics")
            .WithSummary("Top queries, zero-hit queries and queries whose first page was never clicked, for a period of UTC days.")
            .RequireApiKey();
        return endpoints;
    }

    public static async Task<Results<NoContent, ValidationProblem>> Click(HttpRequest request, QueryCounter counter, CancellationToken cancellationToken)
    {
        var body = new byte[MaxBeaconBytes + 1];
        var read = 0;
        int n;
        while (read < body.Length && (n = await request.Body.ReadAsync(body.AsMemory(read), cancellationToken)) > 0)
        {
            read += n;
        }
        ClickBeacon? beacon = null;
        try
        {
            beacon = read <= MaxBeaconBytes ? JsonSerializer.Deserialize<ClickBeacon>(body.AsSpan(0, read), JsonSerializerOptions.Web) : null;
        }
        catch (JsonException)
        {
        }
        if (beacon is null || string.IsNullOrWhiteSpace(beacon.Query) || beacon.Query.Length > Search.SearchValidation.MaxQueryLength)
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { ["query"] = [$"Send JSON {{\"query\": \"…\", \"page\": 1}} of at most {MaxBeaconBytes} bytes with a query of 1 to {Search.SearchValidation.MaxQueryLength} characters."] },
                title: "The click beacon is not valid.");
        }
        if (beacon.Page == 1)
        {
            counter.Clicked(beacon.Query);
        }
        return TypedResults.NoContent();
    }

    public static Results<Ok<AnalyticsReport>, ValidationProblem, ProblemHttpResult> GetReport(
        QueryCounter counter,
        [Description("First day (UTC, yyyy-MM-dd); default 29 days before `to`.")] DateOnly? from = null,
        [Description("Last day (UTC, yyyy-MM-dd); default today.")] DateOnly? to = null,
        [Description("Queries per list, 1 to 100.")] int limit = 20)
    {
        if (!counter.Enabled)
        {
            return TypedResults.Problem(title: "Query analytics are turned off.", detail: "Set Analytics:Enabled to true to count queries.", statusCode: StatusCodes.Status404NotFound);
        }
        var last = to ?? counter.Today();
        var first = from ?? last.AddDays(-29);
        var errors = new Dictionary<string, string[]>();
        if (first > last)
        {
            errors["from"] = ["from must not be after to."];
        }
        if (limit is < 1 or > MaxReportLimit)
        {
            errors["limit"] = [$"limit must be between 1 and {MaxReportLimit}."];
        }
        return errors.Count > 0
            ? TypedResults.ValidationProblem(errors, title: "The analytics request is not valid.")
            : TypedResults.Ok(counter.Report(first, last, limit)!);
    }
}
