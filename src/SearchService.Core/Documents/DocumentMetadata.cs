namespace SearchService.Core.Documents;

/// <summary>What is known about a document as a whole.</summary>
/// <param name="Title">Title shown with every hit.</param>
/// <param name="Region">The single region the document is about, or null when it is about none or several.</param>
/// <param name="RegionsMentioned">Every region the text mentions, most mentioned first.</param>
/// <param name="Date">The document's date, when it states one.</param>
/// <param name="Organisation">Who published it ("Region Skåne", "Vänsterpartiet Skåne"), when known.</param>
/// <param name="DocumentType">Kind of document in lower case (budget, motion, revisionssvar, nyhet …), when known.</param>
/// <param name="SourceUrl">Where the original can be read, when known.</param>
/// <param name="Municipality">The municipality that published it ("Kiruna"), when it is a municipality's document.</param>
/// <param name="Fields">Further values from the document's metadata sidecar by name (<see cref="MetadataOverride.Fields"/>), when set.</param>
public sealed record DocumentMetadata(
    string Title,
    string? Region,
    IReadOnlyList<string> RegionsMentioned,
    DateOnly? Date,
    string? Organisation = null,
    string? DocumentType = null,
    string? SourceUrl = null,
    string? Municipality = null,
    IReadOnlyDictionary<string, string>? Fields = null);
