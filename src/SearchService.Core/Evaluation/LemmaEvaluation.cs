namespace SearchService.Core.Evaluation;

/// <summary>A row of a gold lemma list (<c>lemmas.tsv</c>): a running-text form, its lemma, its
/// word class and how many tokens it had.</summary>
public sealed record GoldLemma(string Form, string Lemma, string Upos, int Count);

/// <summary>Stemming conflation as <c>eval/analysis/README.md</c> defines it, by type and by token.</summary>
public sealed record ConflationReport(
    int Forms, int DroppedAmbiguous, PrecisionRecall ByType, PrecisionRecall ByToken,
    IReadOnlyList<(string Lemma, string[] Terms)> Understemmed, IReadOnlyList<(string Term, string[] Lemmas)> Overstemmed);

/// <summary>Scores a term function (a single token through the analysis chain) against gold lemmas.</summary>
public static class LemmaEvaluation
{
    private static readonly HashSet<string> ContentClasses = ["NOUN", "VERB", "ADJ", "ADV"];

    /// <summary>Reads <c>lemmas.tsv</c> (form, lemma, upos, count, source; header lines start with #).</summary>
    public static IReadOnlyList<GoldLemma> Load(string path) =>
        File.ReadLines(path)
            .Where(l => l.Length > 0 && l[0] != '#')
            .Select(l => l.Split('\t'))
            .Select(f => new GoldLemma(f[0], f[1], f[2], int.Parse(f[3], System.Globalization.CultureInfo.InvariantCulture)))
            .ToList();

    /// <summary>Conflation precision, recall and F1 of <paramref name="term"/> over the content-word rows.</summary>
    public static ConflationReport Score(Func<string, string> term, IReadOnlyList<GoldLemma> rows)
    {
        var content = rows.Where(r => ContentClasses.Contains(r.Upos)).GroupBy(r => r.Form).ToList();
        var forms = content.Where(g => g.Select(r => r.Lemma).Distinct().Count() == 1)
            .Select(g => (Form: g.Key, Lemma: g.First().Lemma, Count: (long)g.Sum(r => r.Count), Term: term(g.Key)))
            .ToList();
        var byType = Pairs(forms, f => 1);
        var byToken = Pairs(forms, f => f.Count);
        var understemmed = forms.GroupBy(f => f.Lemma).Where(g => g.Select(f => f.Term).Distinct().Count() > 1)
            .Select(g => (g.Key, g.Select(f => $"{f.Form}→{f.Term}").ToArray())).ToList();
        var overstemmed = forms.GroupBy(f => f.Term).Where(g => g.Select(f => f.Lemma).Distinct().Count() > 1)
            .Select(g => (g.Key, g.Select(f => $"{f.Form}({f.Lemma})").ToArray())).ToList();
        return new ConflationReport(forms.Count, content.Count - forms.Count, byType, byToken, understemmed, overstemmed);
    }

    // Pairs of distinct forms counted per group as Σ C(n,2), or weighted by count(u)·count(v):
    // (Σw)² − Σw² over 2.
    private static PrecisionRecall Pairs(List<(string Form, string Lemma, long Count, string Term)> forms, Func<(string Form, string Lemma, long Count, string Term), long> weight)
    {
        long PairsOf(IEnumerable<IGrouping<string, (string Form, string Lemma, long Count, string Term)>> groups) =>
            groups.Sum(g =>
            {
                long sum = 0, squares = 0;
                foreach (var f in g)
                {
                    var w = weight(f);
                    sum += w;
                    squares += w * w;
                }
                return (sum * sum - squares) / 2;
            });
        var both = PairsOf(forms.GroupBy(f => f.Lemma + "\u0001" + f.Term));
        var sameLemma = PairsOf(forms.GroupBy(f => f.Lemma));
        var sameTerm = PairsOf(forms.GroupBy(f => f.Term));
        return new PrecisionRecall(both, sameTerm - both, sameLemma - both);
    }
}
