using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using SearchService.Core.Indexing;

namespace SearchService.Api.OpenApi;

/// <summary>Example parameters and answers for each operation of the OpenAPI document, taken from the seed
/// documents so that they work against a fresh install.</summary>
internal static class OperationExamples
{
    private const string ProblemJson = "application/problem+json";

    // The facet filters' examples are their descriptors' (FacetParameterDescriptions).
    private static readonly Dictionary<string, JsonNode> ParameterExamples = new()
    {
        ["q"] = "vårdplatser",
        ["format"] = "csv",
        ["page"] = 1,
        ["pageSize"] = 10,
        ["id"] = "000_94d9eeac6d78a0db",
        ["highlight"] = "part",
        ["sort"] = "newest",
        ["distinct"] = true,
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
              "errors": { "region": ["Unknown region \"Atlantis\". Use one of: Stockholm, Uppsala, Sörmland, …"] }
            }
            """),
        [("CompareRegions", "200")] = ("application/json", """
            {
              "query": "vårdplatser", "total": 21, "documents": 2, "tookMs": 3.1, "years": [],
              "regions": [
                { "region": "Stockholm", "paragraphs": 0, "documents": 0, "indexedParagraphs": 0, "perTenThousand": 0, "years": [], "hits": [] },
                { "region": "Skåne", "paragraphs": 6, "documents": 1, "indexedParagraphs": 40, "perTenThousand": 1500, "years": [],
                  "hits": [{
                    "id": "000_94d9eeac6d78a0db-p3", "documentId": "000_94d9eeac6d78a0db", "title": "Sjukvård", "region": "Skåne",
                    "section": "Vård efter behov – stärk patientsäkerheten", "paragraph": 3, "score": 1.833224,
                    "text": "Parallellt med denna utveckling har vi … sett en drastisk minskning av antalet vårdplatser i Skåne och i Sverige. …",
                    "highlight": "Parallellt med denna utveckling har vi … sett en drastisk minskning av antalet <mark>vårdplatser</mark> i Skåne och i Sverige. …",
                    "snippet": "…500 <mark>vårdplatser</mark> försvunnit bara inom <mark>sjukhusvården</mark> i Skåne. …",
                    "marks": [{ "start": 147, "end": 158, "kind": "exact" }],
                    "organisation": "Vänsterpartiet Skåne", "documentType": "budget"
                  }] },
                { "region": "Västernorrland", "paragraphs": 15, "documents": 1, "indexedParagraphs": 352, "perTenThousand": 426.14, "years": [], "hits": [] },
                { "region": "nationellt", "paragraphs": 0, "documents": 0, "indexedParagraphs": 9, "perTenThousand": 0, "years": [], "hits": [] }
              ]
            }
            """),
        [("CompareRegions", "400")] = (ProblemJson, """
            {
              "type": "https://tools.ietf.org/html/rfc9110#section-15.5.1", "title": "The comparison request is not valid.", "status": 400,
              "errors": { "municipality": ["Unknown municipality \"Atlantis\". Use one of Sweden's 290 municipalities, e.g. Kiruna, Malmö, Umeå."] }
            }
            """),
        [("SearchFeed", "200")] = ("application/atom+xml", """
            "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n  <title>Policysök: primärvården</title>\n  <id>http://localhost:5000/api/search.atom?q=prim%C3%A4rv%C3%A5rden</id>\n  <updated>2019-11-12T00:00:00Z</updated>\n  <link rel=\"self\" type=\"application/atom+xml\" href=\"http://localhost:5000/api/search.atom?q=prim%C3%A4rv%C3%A5rden\" />\n  <author><name>Policysök</name></author>\n  <entry>\n    <title>Stärker primärvården med 30 miljoner</title>\n    <id>http://localhost:5000/documents/003_f483bdd49a294f52#p4</id>\n    <updated>2019-11-12T00:00:00Z</updated>\n    <link rel=\"alternate\" type=\"text/html\" href=\"http://localhost:5000/documents/003_f483bdd49a294f52?q=prim%C3%A4rv%C3%A5rden#p4\" />\n    <author><name>Region Östergötland</name></author>\n    <category term=\"Östergötland\" />\n    <summary type=\"html\">… engångsersättning till &lt;mark&gt;primärvården&lt;/mark&gt; för 2019.</summary>\n    <content type=\"text\">… engångsersättning till primärvården för 2019.</content>\n  </entry>\n</feed>"
            """),
        [("ExportSearch", "200")] = ("text/csv", """
            "id,document,title,region,municipality,date,section,paragraph,text\r\n004_0410683bcf7f9b19-p25,004_0410683bcf7f9b19,Budgetförslag,Västernorrland,,,Budget och regionplan i punktform,25,\"Enligt siffror från Socialstyrelsen (2024) är Västernorrland en av de regioner som där vårdplatsbehovet är som störst. …\"\r\n"
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
        // Search's own parameters extend the shared query parameters, so reflection lists them first; q leads.
        if (operation.Parameters?.FirstOrDefault(p => p.Name == "q") is { } query)
        {
            operation.Parameters.Remove(query);
            operation.Parameters.Insert(0, query);
        }
        foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>() ?? [])
        {
            if (parameter.Name is not null && ParameterExamples.TryGetValue(parameter.Name, out var example))
            {
                parameter.Example = example.DeepClone();
            }
            // Endpoints that name a facet's parameter themselves (the document list) show the facet's example.
            else if (parameter.Example is null && MetadataFacet.All.FirstOrDefault(f => f.Field == parameter.Name) is { } facet)
            {
                parameter.Example = FacetParameterDescriptions.Example(facet);
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
