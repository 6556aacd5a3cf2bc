using System.Text.Json.Nodes;
using Microsoft.OpenApi;

namespace SearchService.Api.OpenApi;

/// <summary>Example parameters and answers for each operation of the OpenAPI document, taken from the seed
/// documents so that they work against a fresh install.</summary>
internal static class OperationExamples
{
    private const string ProblemJson = "application/problem+json";

    private static readonly Dictionary<string, JsonNode> ParameterExamples = new()
    {
        ["q"] = "vårdplatser",
        ["region"] = "Skåne",
        ["organisation"] = "Region Värmland",
        ["documentType"] = "budget",
        ["year"] = 2023,
        ["page"] = 1,
        ["pageSize"] = 10,
        ["id"] = "000_94d9eeac6d78a0db",
        ["highlight"] = "part",
        ["text"] = "vårdplats- och personalbristen",
    };

    private static readonly Dictionary<(string Operation, string Status), (string MediaType, string Json)> ResponseExamples = new()
    {
        [("Search", "200")] = ("application/json", """
            {
              "query": "vårdplatser", "total": 17, "page": 1, "pageSize": 1, "tookMs": 1.26,
              "hits": [{
                "id": "004_0410683bcf7f9b19-p119", "documentId": "004_0410683bcf7f9b19", "title": "Budgetförslag",
                "region": "Västernorrland", "regionsMentioned": ["Västernorrland", "Jämtland Härjedalen", "Norrbotten", "Västerbotten"],
                "date": null, "section": "Sjukvårdspartiet yrkar", "paragraph": 119, "score": 1.559202,
                "text": "Antalet geriatriska vårdplatser vid alla tre sjukhusen ska ökas.",
                "highlight": "Antalet geriatriska <mark>vårdplatser</mark> vid alla tre sjukhusen ska ökas.",
                "snippet": "Antalet geriatriska <mark>vårdplatser</mark> vid alla tre sjukhusen ska ökas.",
                "marks": [{ "start": 20, "end": 31, "kind": "exact" }]
              }],
              "facets": { "region": [{ "value": "Västernorrland", "count": 13 }, { "value": "Skåne", "count": 4 }] }
            }
            """),
        [("Search", "400")] = (ProblemJson, """
            {
              "type": "https://tools.ietf.org/html/rfc9110#section-15.5.1", "title": "The search request is not valid.", "status": 400,
              "errors": { "region": ["Unknown region \"Skane\". Use one of: Blekinge, Dalarna, …"] }
            }
            """),
        [("GetDocument", "200")] = ("application/json", """
            {
              "id": "003_f483bdd49a294f52", "title": "Stärker primärvården med 30 miljoner", "region": "Östergötland",
              "regionsMentioned": ["Östergötland"], "date": "2019-11-12",
              "paragraphs": [{
                "id": "003_f483bdd49a294f52-p1", "paragraph": 1, "section": "Stärker primärvården med 30 miljoner",
                "text": "Hälso- och sjukvårdsnämnden satsar ytterligare 30 miljoner kronor för att stärka primärvården. Resurstillskottet ska bland annat gå till insatser för äldre och personer med komplexa vårdbehov och till förbättrad koordinering vid sjukskrivning.",
                "startOffset": 73, "endOffset": 316,
                "highlight": "Hälso- och sjukvårdsnämnden satsar ytterligare 30 miljoner kronor för att stärka <mark>primärvården</mark>. Resurstillskottet ska bland annat gå till insatser för äldre och personer med komplexa vårdbehov och till förbättrad koordinering vid sjukskrivning.",
                "marks": [{ "start": 81, "end": 93, "kind": "exact" }]
              }]
            }
            """),
        [("GetDocument", "400")] = (ProblemJson, """
            {
              "type": "https://tools.ietf.org/html/rfc9110#section-15.5.1", "title": "The query cannot be marked.", "status": 400,
              "errors": { "q": ["The query contains control characters."] }
            }
            """),
        [("Health", "200")] = ("application/json", """
            { "status": "healthy", "index": { "documents": 5, "paragraphs": 432, "lastCommit": "2026-11-24T08:12:03.0000000+00:00" }, "error": null }
            """),
        [("Health", "503")] = ("application/json", """
            { "status": "unhealthy", "index": null, "error": "(the message of the I/O error that stopped the index from being read)" }
            """),
        [("GetDocument", "404")] = (ProblemJson, """
            { "type": "https://tools.ietf.org/html/rfc9110#section-15.5.5", "title": "Document not found.", "status": 404, "detail": "No document has id \"nope\"." }
            """),
    };

    public static void Apply(OpenApiOperation operation)
    {
        foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>() ?? [])
        {
            if (parameter.Name is not null && ParameterExamples.TryGetValue(parameter.Name, out var example))
            {
                parameter.Example = example.DeepClone();
            }
        }
        foreach (var (status, response) in operation.Responses ?? [])
        {
            if (operation.OperationId is not null
                && ResponseExamples.TryGetValue((operation.OperationId, status), out var example)
                && response.Content?.TryGetValue(example.MediaType, out var media) == true)
            {
                media.Example = JsonNode.Parse(example.Json);
            }
        }
    }
}
