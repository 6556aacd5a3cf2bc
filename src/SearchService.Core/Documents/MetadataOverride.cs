namespace SearchService.Core.Documents;

/// <summary>Fields an operator sets for one document in <c>metadata.json</c> or a
/// <c>&lt;file&gt;.meta.json</c>; each set field replaces the detected value. An empty
/// <see cref="Region"/> means "no single region". <see cref="Fields"/> holds values the document model
/// has no property for, e.g. <c>"fields": { "committee": "Regionstyrelsen" }</c>, for a facet descriptor to read.</summary>
public sealed record MetadataOverride(
    string? Title = null,
    string? Region = null,
    string? Date = null,
    string? Organisation = null,
    string? DocumentType = null,
    string? SourceUrl = null,
    IReadOnlyDictionary<string, string>? Fields = null);
