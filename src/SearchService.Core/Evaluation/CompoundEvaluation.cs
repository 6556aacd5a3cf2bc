using SearchService.Core.Analysis;

namespace SearchService.Core.Evaluation;

/// <summary>A row of a gold compound list (<c>compounds.tsv</c>): the word, its full segmentation
/// and outermost split (parts joined by +), word class, source and flags.</summary>
public sealed record GoldCompound(string Word, string Parts, string TopSplit, string Pos, string Source, IReadOnlySet<string> Flags)
{
    /// <summary>Whether the lexicographers split the word (not a simplex or a derivation).</summary>
    public bool IsCompound => Source is not ("simplex" or "derivation");

    /// <summary>Offsets where every part after the first begins.</summary>
    public IReadOnlySet<int> Boundaries => BoundariesOf(Parts);

    /// <summary>Offsets of the outermost split.</summary>
    public IReadOnlySet<int> TopBoundaries => BoundariesOf(TopSplit);

    private static HashSet<int> BoundariesOf(string parts)
    {
        var offsets = new HashSet<int>();
        var at = 0;
        foreach (var part in parts.Split('+')[..^1])
        {
            at += part.Length;
            offsets.Add(at);
        }
        return offsets;
    }
}

/// <summary>Precision, recall and F1 from counts.</summary>
public readonly record struct PrecisionRecall(long TruePositives, long FalsePositives, long FalseNegatives)
{
    /// <summary>Share of predicted items that are right.</summary>
    public double Precision => TruePositives + FalsePositives == 0 ? 0 : (double)TruePositives / (TruePositives + FalsePositives);

    /// <summary>Share of gold items found.</summary>
    public double Recall => TruePositives + FalseNegatives == 0 ? 0 : (double)TruePositives / (TruePositives + FalseNegatives);

    /// <summary>Harmonic mean of precision and recall.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>The sum of two counts.</summary>
    public static PrecisionRecall operator +(PrecisionRecall a, PrecisionRecall b) =>
        new(a.TruePositives + b.TruePositives, a.FalsePositives + b.FalsePositives, a.FalseNegatives + b.FalseNegatives);
}

/// <summary>The decompounding figures of <c>eval/analysis/README.md</c> for one slice of the rows.</summary>
public sealed record CompoundSlice(
    string Name, int Rows, PrecisionRecall Boundaries, double OverSplit, double OverSplitParticle, double OverSplitNoParticle,
    double SplitRate, double ExactMatch, double TopSplitAccuracy, double RecallLeftOfTop);

/// <summary>Scores <see cref="Decompounder"/> against a gold compound list.</summary>
public static class CompoundEvaluation
{
    /// <summary>Reads <c>compounds.tsv</c> (header lines start with #).</summary>
    public static IReadOnlyList<GoldCompound> Load(string path) =>
        File.ReadLines(path)
            .Where(l => l.Length > 0 && l[0] != '#')
            .Select(l => l.Split('\t'))
            .Select(f => new GoldCompound(f[0], f[1], f[2], f[3], f[4], f[5] == "-" ? new HashSet<string>() : f[5].Split(',').ToHashSet()))
            .ToList();

    /// <summary>The figures overall and for the slices (NOUN, society, no particle/short).</summary>
    public static IReadOnlyList<CompoundSlice> Score(Decompounder decompounder, IReadOnlyList<GoldCompound> rows)
    {
        var predicted = rows.Select(r => Predict(decompounder, r.Word)).ToList();
        var scored = rows.Zip(predicted).ToList();
        return
        [
            Slice("all", scored),
            Slice("NOUN", scored.Where(s => s.First.Pos == "NOUN").ToList()),
            Slice("society", scored.Where(s => s.First.Flags.Contains("society")).ToList()),
            Slice("no particle/short", scored.Where(s => !s.First.Flags.Contains("particle") && !s.First.Flags.Contains("short")).ToList()),
        ];
    }

    /// <summary>The rows where the prediction differs from the gold, for reading.</summary>
    public static IEnumerable<(GoldCompound Gold, string Predicted)> Errors(Decompounder decompounder, IReadOnlyList<GoldCompound> rows)
    {
        foreach (var row in rows)
        {
            var (all, _) = Predict(decompounder, row.Word);
            if (!all.SetEquals(row.Boundaries))
            {
                yield return (row, Render(row.Word, all));
            }
        }
    }

    private static (HashSet<int> All, HashSet<int> Top) Predict(Decompounder decompounder, string word)
    {
        var all = decompounder.Split(word).Where(p => p.Start > 0).Select(p => p.Start).ToHashSet();
        var top = decompounder.OutermostSplit(word).Where(p => p.Start > 0).Select(p => p.Start).ToHashSet();
        return (all, top);
    }

    private static string Render(string word, HashSet<int> boundaries)
    {
        var parts = new List<string>();
        var start = 0;
        foreach (var at in boundaries.Order())
        {
            parts.Add(word[start..at]);
            start = at;
        }
        parts.Add(word[start..]);
        return string.Join('+', parts);
    }

    private static CompoundSlice Slice(string name, List<(GoldCompound Gold, (HashSet<int> All, HashSet<int> Top) Predicted)> rows)
    {
        var counts = new PrecisionRecall();
        long leftGold = 0, leftFound = 0;
        foreach (var (gold, (all, _)) in rows)
        {
            var truth = gold.Boundaries;
            var hits = all.Count(truth.Contains);
            counts += new PrecisionRecall(hits, all.Count - hits, truth.Count - hits);
            if (gold.IsCompound)
            {
                var top = gold.TopBoundaries.DefaultIfEmpty(0).Max();
                var left = truth.Where(b => b <= top).ToList();
                leftGold += left.Count;
                leftFound += left.Count(all.Contains);
            }
        }
        var whole = rows.Where(r => !r.Gold.IsCompound).ToList();
        var compounds = rows.Where(r => r.Gold.IsCompound).ToList();
        double Share<T>(List<T> of, Func<T, bool> test) => of.Count == 0 ? 0 : (double)of.Count(test) / of.Count;
        return new CompoundSlice(
            name, rows.Count, counts,
            Share(whole, r => r.Predicted.All.Count > 0),
            Share(whole.Where(r => r.Gold.Flags.Contains("particle")).ToList(), r => r.Predicted.All.Count > 0),
            Share(whole.Where(r => !r.Gold.Flags.Contains("particle")).ToList(), r => r.Predicted.All.Count > 0),
            Share(compounds, r => r.Predicted.All.Count > 0),
            Share(compounds, r => r.Predicted.All.SetEquals(r.Gold.Boundaries)),
            Share(compounds, r => r.Predicted.Top.SetEquals(r.Gold.TopBoundaries)),
            leftGold == 0 ? 0 : (double)leftFound / leftGold);
    }
}
