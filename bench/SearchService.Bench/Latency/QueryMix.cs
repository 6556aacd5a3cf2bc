namespace SearchService.Bench.Latency;

/// <summary>The fixed query mix: one query of each kind a searcher types, each run without and with
/// a region filter. Words come from the seeds, so every corpus size holds them.</summary>
internal static class QueryMix
{
    /// <summary>The region the filtered half of the mix is limited to.</summary>
    public const string FilterRegion = "Skåne";

    /// <summary>A query of the mix; <see cref="Typo"/> marks the misspelled ones (their own target).</summary>
    public sealed record Entry(string Kind, string Query, string? Region, bool Typo);

    private static readonly (string Kind, string Query, bool Typo)[] Kinds =
    [
        ("common word", "sjukvården", false),
        ("rare word", "ambulanshelikopter", false),
        ("two words", "personal samverkan", false),
        ("phrase", "\"hälso- och sjukvården\"", false),
        ("compound part", "psykiatri", false),
        ("no diacritics", "vardplatser", false),
        ("misspelled", "vårdplaster", true),
    ];

    public static IReadOnlyList<Entry> All { get; } =
    [
        .. Kinds.Select(k => new Entry(k.Kind, k.Query, null, k.Typo)),
        .. Kinds.Select(k => new Entry(k.Kind, k.Query, FilterRegion, k.Typo)),
    ];
}
