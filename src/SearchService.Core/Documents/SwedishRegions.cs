namespace SearchService.Core.Documents;

/// <summary>The 21 Swedish regions with the word forms the text uses for them: the name, its
/// genitive, the adjective ("skånska", "värmländska") and the county form ("Stockholms län").
/// Names that are also a city (Stockholm, Uppsala, Jönköping, Kalmar, Örebro) count only with
/// "Region" before them or "län" after them, so "en träff i Uppsala" names no region.</summary>
public static class SwedishRegions
{
    /// <summary>A region and the regular expression alternatives (lower case) that name it.</summary>
    public sealed record Region(string Name, IReadOnlyList<string> Forms);

    /// <summary>All regions, in the official order.</summary>
    public static IReadOnlyList<Region> All { get; } =
    [
        new("Stockholm", ["region stockholms?", "stockholms läns?", "stockholmsregionen"]),
        new("Uppsala", ["region uppsalas?", "uppsala läns?"]),
        new("Sörmland", ["sörmlands?", "södermanlands?", "sörmländsk[at]?"]),
        new("Östergötland", ["östergötlands?", "östgötsk[at]?"]),
        new("Jönköping", ["region jönköpings?( läns?)?", "jönköpings läns?"]),
        new("Kronoberg", ["kronobergs?"]),
        new("Kalmar", ["region kalmars?( läns?)?", "kalmar läns?"]),
        new("Gotland", ["gotlands?", "gotländsk[at]?"]),
        new("Blekinge", ["blekinges?", "blekingsk[at]?"]),
        new("Skåne", ["skånes?", "skånsk[at]?"]),
        new("Halland", ["hallands?", "halländsk[at]?"]),
        new("Västra Götaland", ["västra götalands?", "västra götalandsregionen"]),
        new("Värmland", ["värmlands?", "värmländsk[at]?"]),
        new("Örebro", ["region örebros?( läns?)?", "örebro läns?"]),
        new("Västmanland", ["västmanlands?", "västmanländsk[at]?"]),
        new("Dalarna", ["dalarnas?"]),
        new("Gävleborg", ["gävleborgs?"]),
        new("Västernorrland", ["västernorrlands?", "västernorrländsk[at]?"]),
        new("Jämtland Härjedalen", ["jämtlands?( ?[/-]? ?härjedalens?)?", "härjedalens?", "jämtländsk[at]?"]),
        new("Västerbotten", ["västerbottens?", "västerbottnisk[at]?"]),
        new("Norrbotten", ["norrbottens?", "norrbottnisk[at]?"]),
    ];

    // Names people use besides the region's own: the county's name where it differs, and short forms.
    private static readonly (string Alias, string Region)[] Aliases =
    [
        ("Södermanland", "Sörmland"),
        ("Jämtland", "Jämtland Härjedalen"),
        ("Härjedalen", "Jämtland Härjedalen"),
        ("VGR", "Västra Götaland"),
        ("Kopparberg", "Dalarna"),
    ];

    private static readonly NameLookup<Region> Names = new(
        [.. All.Select(r => (r.Name, r)), .. Aliases.Select(a => (a.Alias, All.Single(r => r.Name == a.Region)))],
        prefixes: ["region "],
        suffixes: [" län", " läns", "regionen", " landsting"]);

    /// <summary>The region's canonical name for what a person types, or null when it names no region:
    /// any case, without diacritics ("skane"), the county's name ("Södermanland", "Jämtland",
    /// "Stockholms län", "Västra Götalandsregionen"), "Region X" and genitives.</summary>
    public static string? Canonical(string name) => Names.Find(name)?.Name;
}
