using System.ComponentModel.DataAnnotations;

namespace SearchService.Api.Security;

/// <summary>The <c>RateLimiting</c> configuration section: a token bucket per client address on <c>/api</c>.</summary>
public sealed class RateLimitingOptions
{
    public const string Section = "RateLimiting";

    /// <summary>Off turns the limiter off (e.g. for a soak test).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Requests per second one client address may make on average.</summary>
    [Range(1, 1_000_000)]
    public int PermitsPerSecond { get; set; } = 20;

    /// <summary>Requests one client address may make at once after being idle (search-as-you-type bursts).</summary>
    [Range(1, 1_000_000)]
    public int Burst { get; set; } = 40;

    /// <summary>Expansion work units (<see cref="Core.Search.NeighbourBudget.WorkUnits"/>: 20 per near-spelling
    /// lookup, 1 per other-diacritics lookup or pair of words tried as a compound) that cost a client one more permit after its request, so that costly
    /// queries run out sooner than cheap ones.</summary>
    [Range(1, 1_000_000)]
    public int WorkUnitsPerPermit { get; set; } = 20;
}
