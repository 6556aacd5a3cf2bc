using System.Text.RegularExpressions;

namespace SearchService.Core.Documents;

/// <summary>
/// Finds the municipality a document comes from by how its text names municipalities as
/// organisations: "Malmö stad", "Umeå kommun", "Lunds kommun", "Göteborgs Stad", "Region Gotland".
/// The most named one is the document's when it is named at least twice as often as the next;
/// a name written without "kommun" or "stad" ("i Kiruna") does not count, so a text that only
/// mentions places names no municipality.
/// </summary>
internal static class MunicipalityDetector
{
    private const int DominanceFactor = 2;

    // The name as written (capitalised: "vara kommun" is no municipality), then "kommun" or "stad" in any case.
    private static readonly Regex Pattern = new(
        $@"(?<![\p{{L}}\p{{N}}-])(?:Region (?<name>Gotland)|(?<name>{string.Join('|', SwedishMunicipalities.All.Select(m => Regex.Escape(m.Name)).OrderByDescending(n => n.Length))})s?\s+(?i:kommun|stad))(?![\p{{L}}\p{{N}}])",
        RegexOptions.CultureInvariant | RegexOptions.Compiled | RegexOptions.ExplicitCapture);

    /// <summary>The municipality the text names as its organisation, with how it names it
    /// ("Umeå kommun"), or null.</summary>
    public static (SwedishMunicipalities.Municipality Municipality, string Organisation)? Detect(string text)
    {
        var named = Pattern.Matches(text)
            .GroupBy(m => m.Groups["name"].Value, StringComparer.Ordinal)
            .Select(g => (Name: g.Key, Count: g.Count(), First: g.First().Value))
            .OrderByDescending(n => n.Count)
            .ToList();
        if (named.Count == 0 || (named.Count > 1 && named[0].Count < DominanceFactor * named[1].Count))
        {
            return null;
        }
        var top = named[0];
        return (SwedishMunicipalities.Find(top.Name)!, Regex.Replace(top.First, @"\s+", " "));
    }
}
