namespace SearchService.Bench.Corpus;

/// <summary>
/// Makes the vocabulary grow with the corpus as real text does (Heaps' law): the number of distinct
/// compounds available after <c>n</c> words is about <c>0.5·n^0.7</c>. Compound number <c>i</c> is
/// a pure function of the seed and <c>i</c> (two seed words, sometimes joined with a linking s), so
/// documents can be generated in parallel and still come out the same.
/// </summary>
internal sealed class CompoundCoiner(IReadOnlyList<string> parts, int seed)
{
    /// <summary>Share of eligible words replaced by a compound.</summary>
    public const double Rate = 0.05;

    private const double HeapsFactor = 0.5;
    private const double HeapsExponent = 0.7;
    private const double LinkingSShare = 0.3;

    /// <summary>How many distinct compounds exist once <paramref name="wordsSoFar"/> words are written.</summary>
    public static int Available(long wordsSoFar) => Math.Max(1, (int)(HeapsFactor * Math.Pow(Math.Max(1, wordsSoFar), HeapsExponent)));

    /// <summary>A compound among the first <paramref name="available"/>, early (common) ones far more often.</summary>
    public string Pick(Random random, int available)
    {
        var u = random.NextDouble();
        return Coin((int)(available * u * u * u));
    }

    /// <summary>Compound number <paramref name="number"/>.</summary>
    public string Coin(int number)
    {
        var random = new Random(Seeds.Mix(seed, number));
        var head = parts[random.Next(parts.Count)];
        var tail = parts[random.Next(parts.Count)];
        var link = !head.EndsWith('s') && random.NextDouble() < LinkingSShare ? "s" : "";
        return head + link + tail;
    }
}
