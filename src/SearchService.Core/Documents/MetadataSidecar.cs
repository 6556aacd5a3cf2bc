using System.Globalization;
using System.Text.Json;

namespace SearchService.Core.Documents;

/// <summary>
/// Reads the optional <c>metadata.json</c> in the source folder: an object keyed by file name (or
/// document id) whose values override detected fields, e.g.
/// <c>{ "001_e211e22770c08a41.txt": { "region": "Värmland", "date": "2023-06-13" } }</c>; and the
/// optional <c>&lt;file&gt;.meta.json</c> beside a file (e.g. <c>budget.pdf.meta.json</c>), one such
/// object whose fields win over <c>metadata.json</c>'s.
/// </summary>
public static class MetadataSidecar
{
    /// <summary>File name of the sidecar in the source folder.</summary>
    public const string FileName = "metadata.json";

    /// <summary>Suffix of the sidecar beside one file: <c>budget.pdf.meta.json</c>.</summary>
    public const string FileSuffix = ".meta.json";

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    private static readonly JsonSerializerOptions WriteOptions = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
    };

    private const int MaxFieldLength = 300;

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

    /// <summary>The override for one file: its entry in <paramref name="folderEntries"/> (by file name,
    /// else id) with the fields of <c>&lt;file&gt;.meta.json</c> beside it, if any, winning.</summary>
    /// <exception cref="InvalidDataException">The file's sidecar is not valid.</exception>
    public static MetadataOverride? ForFile(string filePath, IReadOnlyDictionary<string, MetadataOverride> folderEntries)
    {
        var name = Path.GetFileName(filePath);
        var entry = folderEntries.GetValueOrDefault(name) ?? folderEntries.GetValueOrDefault(Path.GetFileNameWithoutExtension(name));
        var sidecarPath = filePath + FileSuffix;
        if (!File.Exists(sidecarPath))
        {
            return entry;
        }
        MetadataOverride? own;
        try
        {
            own = JsonSerializer.Deserialize<MetadataOverride>(File.ReadAllText(sidecarPath), Options);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{sidecarPath}: not valid metadata JSON ({e.Message})", e);
        }
        if (own is null)
        {
            return entry;
        }
        Validate(sidecarPath, name, own);
        return entry is null ? own : new MetadataOverride(
            own.Title ?? entry.Title,
            own.Region ?? entry.Region,
            own.Date ?? entry.Date,
            own.Organisation ?? entry.Organisation,
            own.DocumentType ?? entry.DocumentType,
            own.SourceUrl ?? entry.SourceUrl,
            Merged(entry.Fields, own.Fields));
    }

    /// <summary>The override as JSON, e.g. to write it beside a file or to hash it.</summary>
    public static string Serialize(MetadataOverride entry) => JsonSerializer.Serialize(entry, WriteOptions);

    /// <summary>Problems with an override's values, one message per field (empty when valid).</summary>
    public static Dictionary<string, string> Problems(MetadataOverride entry)
    {
        var problems = new Dictionary<string, string>();
        if (!string.IsNullOrWhiteSpace(entry.Region) && SwedishRegions.Canonical(entry.Region) is null)
        {
            problems["region"] = $"unknown region \"{entry.Region}\"; use one of the 21 regions or \"\" for none";
        }
        if (entry.Date is not null && entry.Date.Length > 0 && ParseDate(entry.Date) is null)
        {
            problems["date"] = $"date \"{entry.Date}\" is not written as yyyy-MM-dd";
        }
        if (!string.IsNullOrWhiteSpace(entry.SourceUrl)
            && !(Uri.TryCreate(entry.SourceUrl.Trim(), UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps)))
        {
            problems["sourceUrl"] = $"sourceUrl \"{entry.SourceUrl}\" is not an absolute http(s) URL";
        }
        foreach (var (field, value) in new[] { ("title", entry.Title), ("organisation", entry.Organisation), ("documentType", entry.DocumentType) }
            .Concat(entry.Fields?.Select(f => ($"fields.{f.Key}", (string?)f.Value)) ?? []))
        {
            if (value is not null && (value.Length > MaxFieldLength || value.Any(char.IsControl)))
            {
                problems[field] = $"{field} must be at most {MaxFieldLength} characters without control characters";
            }
        }
        return problems;
    }

    /// <summary>Applies an override to detected metadata.</summary>
    public static DocumentMetadata Apply(DocumentMetadata detected, MetadataOverride? entry)
    {
        if (entry is null)
        {
            return detected;
        }
        var organisation = entry.Organisation is null ? detected.Organisation : Blank(entry.Organisation);
        // A municipality named as the organisation is the publisher, and its region the document's unless one is set.
        var municipality = organisation is null ? null : OrganisationDetector.Municipality(organisation);
        return detected with
        {
            Title = string.IsNullOrWhiteSpace(entry.Title) ? detected.Title : entry.Title.Trim(),
            Region = entry.Region is not null ? SwedishRegions.Canonical(entry.Region) : municipality?.Region ?? detected.Region,
            Municipality = entry.Organisation is null ? detected.Municipality : municipality?.Name,
            Date = entry.Date is null ? detected.Date : ParseDate(entry.Date),
            Organisation = organisation,
            DocumentType = entry.DocumentType is null ? detected.DocumentType : Blank(entry.DocumentType)?.ToLowerInvariant(),
            SourceUrl = entry.SourceUrl is null ? detected.SourceUrl : Blank(entry.SourceUrl),
            Fields = Merged(detected.Fields, entry.Fields?.Where(f => Blank(f.Value) is not null).ToDictionary(f => f.Key, f => f.Value.Trim(), StringComparer.Ordinal)),
        };
    }

    private static void Validate(string path, string key, MetadataOverride entry)
    {
        var problems = Problems(entry);
        if (problems.Count > 0)
        {
            throw new InvalidDataException($"{path}: \"{key}\": {string.Join("; ", problems.Values)}");
        }
    }

    // The fields of both, those of winner replacing those of the same name.
    private static IReadOnlyDictionary<string, string>? Merged(IReadOnlyDictionary<string, string>? first, IReadOnlyDictionary<string, string>? winner) =>
        first is null || winner is null ? winner ?? first
            : new Dictionary<string, string>(first.Concat(winner).GroupBy(f => f.Key).Select(g => g.Last()), StringComparer.Ordinal);

    // An empty value clears the field ("no organisation").
    private static string? Blank(string value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static DateOnly? ParseDate(string value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
}
