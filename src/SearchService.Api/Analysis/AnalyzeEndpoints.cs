using System.ComponentModel;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using SearchService.Core.Analysis;

namespace SearchService.Api.Analysis;

/// <summary>What the analyzer makes of a text, like Elasticsearch's <c>_analyze</c>.</summary>
public static class AnalyzeEndpoints
{
    public const int MaxTextLength = 2_000;

    /// <summary>The answer of <c>GET /api/analyze</c>.</summary>
    public sealed record AnalyzeResult(
        [property: Description("The text as given.")] string Text,
        [property: Description("The analysis the served index uses: swedish or standard.")] string Analysis,
        [property: Description("Tokens per index field, in field order then position order.")] IReadOnlyList<ExplainedToken> Tokens);

    public static IEndpointRouteBuilder MapAnalyzeEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGroup("/api/analyze").WithTags("Analysis")
            .MapGet("/", Analyze)
            .WithName("Analyze")
            .WithSummary("The tokens the index's analyzer makes of a text, per field.")
            .WithDescription("Each token has its term, field (text, text.parts, text.folded), position, character offsets and source: word (as written), stem, compound (a part of a compound word), ellipsis (a word completed from a hyphen ellipsis) or folded (diacritics removed). Shows why a paragraph matched a query.");
        return endpoints;
    }

    public static Results<Ok<AnalyzeResult>, ValidationProblem> Analyze(
        [FromQuery(Name = "text"), Description("Text to analyse, at most 2 000 characters.")] string? text,
        ServedAnalysis analysis)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > MaxTextLength || text.Any(c => char.IsControl(c) && !char.IsWhiteSpace(c)))
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { ["text"] = [$"Give a text of 1 to {MaxTextLength} characters without control characters, e.g. text=vårdplats- och personalbristen."] },
                title: "The text cannot be analysed.");
        }
        var served = analysis.Current;
        return TypedResults.Ok(new AnalyzeResult(text, AnalysisModes.Name(served.Mode), TokenExplainer.Explain(served.Analyzer, text)));
    }
}
