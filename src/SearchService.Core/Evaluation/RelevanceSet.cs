using System.Text.Json;
using System.Text.Json.Serialization;

namespace SearchService.Core.Evaluation;

/// <summary>A judged query of a relevance test set.</summary>
/// <param name="Id">Query id, e.g. <c>q01</c>.</param>
/// <param name="Query">The query as a user types it.</param>
/// <param name="Kind">What it tests: plain, inflection, compound, elliptic, phrase, multi, typo, nodiacritics, filter.</param>
/// <param name="Region">Region filter to search with, or null.</param>
/// <param name="Relevant">The judgments: a paragraph containing a key is relevant with its grade.</param>
public sealed record JudgedQuery(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("query")] string Query,
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("region")] string? Region,
    [property: JsonPropertyName("relevant")] IReadOnlyList<Judgment> Relevant);

/// <summary>A verbatim phrase of a relevant paragraph and how relevant it is (2 squarely, 1 usefully).</summary>
public sealed record Judgment(
    [property: JsonPropertyName("key")] string Key,
    [property: JsonPropertyName("grade")] int Grade);

/// <summary>Reads a relevance test set (a JSON array of <see cref="JudgedQuery"/>).</summary>
public static class RelevanceSet
{
    /// <summary>The queries of the file at <paramref name="path"/>.</summary>
    /// <exception cref="InvalidDataException">The file is not a relevance set.</exception>
    public static IReadOnlyList<JudgedQuery> Load(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            var queries = JsonSerializer.Deserialize<List<JudgedQuery>>(stream);
            if (queries is null || queries.Any(q => q.Query is null || q.Kind is null || q.Relevant is null))
            {
                throw new InvalidDataException($"{path} is not a list of judged queries (id, query, kind, region, relevant).");
            }
            return queries;
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path} is not valid JSON: {e.Message}", e);
        }
    }
}
