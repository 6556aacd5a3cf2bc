namespace SearchService.Core.Documents;

/// <summary>Names the publishing organisation when the text shows it: a document about one region
/// that names "Region X" is taken to come from that region. Everything else needs metadata.</summary>
public static class OrganisationDetector
{
    /// <summary>"Region X" when <paramref name="region"/> is set and the text names it so; otherwise null.</summary>
    public static string? Detect(string text, string? region)
    {
        if (region is null)
        {
            return null;
        }
        var organisation = "Region " + region;
        return text.Contains(organisation, StringComparison.OrdinalIgnoreCase) ? organisation : null;
    }
}
