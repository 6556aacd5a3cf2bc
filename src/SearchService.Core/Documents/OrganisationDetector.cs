namespace SearchService.Core.Documents;

/// <summary>Names the publishing organisation when the text shows it: a document about one region
/// that names "Region X" is taken to come from that region; otherwise a municipality the text names
/// as an organisation ("Kiruna kommun", <see cref="MunicipalityDetector"/>) is taken to be the
/// publisher, and the document gets that municipality's region even when the text names none.
/// Everything else needs metadata.</summary>
internal static class OrganisationDetector
{
    // "Region X" when the region is set and the text names it so; otherwise null.
    private static string? Detect(string text, string? region)
    {
        if (region is null)
        {
            return null;
        }
        var organisation = "Region " + region;
        return text.Contains(organisation, StringComparison.OrdinalIgnoreCase) ? organisation : null;
    }

    /// <summary><paramref name="detected"/> with the organisation, municipality and region the
    /// publisher named in <paramref name="text"/> gives it.</summary>
    public static DocumentMetadata WithPublisher(string text, DocumentMetadata detected)
    {
        var region = Detect(text, detected.Region);
        // Region Gotland is the region and the municipality at once.
        if (region is not null && detected.Region != "Gotland")
        {
            return detected with { Organisation = region };
        }
        if (MunicipalityDetector.Detect(text) is not { } municipal)
        {
            return detected with { Organisation = region };
        }
        return detected with
        {
            Organisation = region ?? municipal.Organisation,
            Municipality = municipal.Municipality.Name,
            Region = municipal.Municipality.Region,
        };
    }

    /// <summary>The municipality an organisation's name makes a document's publisher ("Malmö stad" → Malmö), or null.</summary>
    public static SwedishMunicipalities.Municipality? Municipality(string organisation) =>
        organisation.EndsWith(" kommun", StringComparison.OrdinalIgnoreCase)
        || organisation.EndsWith(" stad", StringComparison.OrdinalIgnoreCase)
        || organisation.Equals("Region Gotland", StringComparison.OrdinalIgnoreCase)
            ? SwedishMunicipalities.Find(organisation)
            : null;
}
