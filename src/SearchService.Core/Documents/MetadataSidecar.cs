using System.Globalization;
using System.Text.Json;

namespace SearchService.Core.Documents;

/// <summary>
/// Reads the optional <c>metadata.json</c> in the source folder: an object keyed by file name (or
/// document id) whose values override detected fields, e.g.
/// <c>{ "001_e211e22770c08a41.txt": { "region": "Värmland", "date": "2023-06-13" } }</c>.
/// </summary>
public static class MetadataSidecar
{
    /// <summary>File name of the sidecar in the source folder.</summary>
    public const string FileName = "metadata.json";

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <summary>Reads the sidecar of <paramref name="sourceFolder"/>; empty when there is none.</summary>
    /// <exception cref="InvalidDataException">The file is not valid JSON or names an unknown region or a bad date.</exception>
    public static IReadOnlyDictionary<string, MetadataOverride> Read(string sourceFolder)
    {
        var path = Path.Combine(sourceFolder, FileName);
        if (!File.Exists(path))
        {
            return new Dictionary<string, MetadataOverride>();
        }
        Dictionary<string, MetadataOverride>? entries;
        try
        {
            entries = JsonSerializer.Deserialize<Dictionary<string, MetadataOverride>>(File.ReadAllText(path), Options);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path}: not valid metadata JSON ({e.Message})", e);
        }
        foreach (var (key, entry) in entries ?? [])
        {
            Validate(path, key, entry);
        }
        return new Dictionary<string, MetadataOverride>(entries ?? [], StringComparer.Ordinal);
    }

    /// <summary>Applies an override to detected metadata.</summary>
    public static DocumentMetadata Apply(DocumentMetadata detected, MetadataOverride? entry)
    {
        if (entry is null)
        {
            return detected;
        }
        return detected with
        {
            Title = string.IsNullOrWhiteSpace(entry.Title) ? detected.Title : entry.Title.Trim(),
            Region = entry.Region is null ? detected.Region : SwedishRegions.Canonical(entry.Region),
            Date = entry.Date is null ? detected.Date : ParseDate(entry.Date),
        };
    }

    private static void Validate(string path, string key, MetadataOverride entry)
    {
        if (!string.IsNullOrWhiteSpace(entry.Region) && SwedishRegions.Canonical(entry.Region) is null)
        {
            throw new InvalidDataException($"{path}: \"{key}\" names unknown region \"{entry.Region}\"; use one of the 21 regions or \"\" for none");
        }
        if (entry.Date is not null && entry.Date.Length > 0 && ParseDate(entry.Date) is null)
        {
            throw new InvalidDataException($"{path}: \"{key}\" has date \"{entry.Date}\"; write it as yyyy-MM-dd");
        }
    }

    private static DateOnly? ParseDate(string value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
}
