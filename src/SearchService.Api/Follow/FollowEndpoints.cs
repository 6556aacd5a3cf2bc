using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using SearchService.Api.Facets;
using SearchService.Api.Search;
using SearchService.Core.Search;

namespace SearchService.Api.Follow;

/// <summary>Following a search: an Atom feed of its newest matches and an export of all of them.</summary>
public static class FollowEndpoints
{
    /// <summary>Entries in a feed.</summary>
    public const int FeedEntries = 50;

    public static IEndpointRouteBuilder MapFollowEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/search").WithTags("Follow a search");
        // "/api/search.atom" is one segment, so it cannot sit under "/api/search/"; in a group of its own it
        // still comes after search in the OpenAPI document (endpoints mapped outside groups come first), so
        // the reference keeps opening on search.
        endpoints.MapGroup("/api").WithTags("Follow a search").MapGet("/search.atom", Feed)
            .WithName("SearchFeed")
            .FiltersOnFacets()
            .Produces<string>(StatusCodes.Status200OK, "application/atom+xml")
            .WithSummary($"An Atom feed of the {FeedEntries} newest matching paragraphs by document date, each linking to its paragraph on the document page.")
            .WithDescription("Takes the search's query and filters. Only paragraphs of dated documents are listed, newest document first; subscribe to it in a feed reader to follow e.g. vårdplatser in Skåne.");
        group.MapGet("/export", Export)
            .WithName("ExportSearch")
            .FiltersOnFacets()
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .WithSummary("Every matching paragraph as CSV (id, document, title, region, municipality, date, section, paragraph, text), streamed, past the search's 10,000-hit window.")
            .WithDescription($"Rows by document id, then paragraph: a document's paragraphs together, in order. At most {ExportGate.DefaultMaxConcurrent} exports stream at once (`{ExportGate.MaxConcurrentKey}`); another gets 429 until one ends.");
        return endpoints;
    }

    public static Task<Results<FileContentHttpResult, ValidationProblem>> Feed([AsParameters] QueryParameters parameters, IMatchListing listing, IOptions<FacetOptions> facets, HttpContext context) =>
        SearchEndpoints.AnswerAsync(parameters, context, "The feed request is not valid.", async request =>
        {
            var newest = await listing.NewestAsync(request, FeedEntries, context.RequestAborted);
            var http = context.Request;
            var site = $"{http.Scheme}://{http.Host}";
            var feed = AtomFeed.Write(request, facets.Value.Facets, newest.Hits, site + http.Path + http.QueryString, site, newest.LastCommit ?? DateTimeOffset.UnixEpoch);
            return TypedResults.File(feed, "application/atom+xml; charset=utf-8");
        });

    public static async Task<Results<Results<CsvExport, ProblemHttpResult>, ValidationProblem>> Export([AsParameters] ExportParameters parameters, IMatchListing listing, ExportGate gate, HttpContext http)
    {
        if (parameters.Format is { Length: > 0 } format && !string.Equals(format, "csv", StringComparison.OrdinalIgnoreCase))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["format"] = ["format is csv, the only export format."] }, title: "The export request is not valid.");
        }
        return await SearchEndpoints.AnswerAsync(parameters, http, "The export request is not valid.", async request =>
        {
            var rows = await listing.AllAsync(request, http.RequestAborted);
            return gate.TryEnter() is { } slot
                ? (Results<CsvExport, ProblemHttpResult>)new CsvExport(rows, "policysok-export.csv", slot)
                : TypedResults.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "Too many exports at once.", detail: "Other exports are streaming; try again when one has ended.");
        });
    }
}
