using SearchService.Core.Documents;

namespace SearchService.Bench.Corpus;

/// <summary>Spreads documents over the 21 regions unevenly: the region at rank <c>k</c> (in an order
/// shuffled by the seed) gets a share proportional to <c>1/k</c>, and one document in ten is national
/// (about no single region).</summary>
internal sealed class RegionSpread
{
    private const double NationalShare = 0.1;
    private readonly string[] ranked;
    private readonly double[] cumulative;

    public RegionSpread(int seed)
    {
        ranked = [.. SwedishRegions.All.Select(r => r.Name)];
        new Random(Seeds.Mix(seed, -1)).Shuffle(ranked);
        var weights = ranked.Select((_, k) => 1.0 / (k + 1)).ToArray();
        var total = weights.Sum();
        var running = 0.0;
        cumulative = [.. weights.Select(w => running += w / total)];
    }

    /// <summary>Regions from the most to the least documents.</summary>
    public IReadOnlyList<string> Ranked => ranked;

    /// <summary>A document's region, or null for a national document.</summary>
    public string? Draw(Random random)
    {
        if (random.NextDouble() < NationalShare)
        {
            return null;
        }
        var u = random.NextDouble();
        var index = Array.FindIndex(cumulative, c => u <= c);
        return ranked[index < 0 ? ^1 : index];
    }

    /// <summary>Any region, evenly (the mentions of a national document).</summary>
    public string Any(Random random) => ranked[random.Next(ranked.Length)];
}
