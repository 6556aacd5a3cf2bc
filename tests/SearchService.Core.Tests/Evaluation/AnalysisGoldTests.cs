using SearchService.Core.Analysis;
using SearchService.Core.Analysis.Lexicon;
using SearchService.Core.Evaluation;
using SearchService.Core.Indexing;

namespace SearchService.Core.Tests.Evaluation;

/// <summary>The decompounder and the lemmatiser against gold data nobody on the project wrote (Lexin
/// compounds, UD Swedish lemmas), measured as <c>../shared/eval/analysis/README.md</c> defines it. Floors
/// sit a little under the measured figures (<c>indexer analysis-eval</c>: boundary P 0.967, R 0.736,
/// F1 0.836, over-split without particle 1.9 %; conflation F1 by type 0.905 at stop 34).</summary>
public class AnalysisGoldTests
{
    private const double BoundaryF1Floor = 0.82;
    private const double BoundaryPrecisionFloor = 0.96;
    private const double OverSplitCeiling = 0.022;
    private const double ConflationF1Floor = 0.90;

    [GoldDataFact]
    public void Compound_boundaries_are_found_with_high_precision_and_few_whole_words_split()
    {
        var rows = CompoundEvaluation.Load(Path.Combine(GoldDataFactAttribute.Folder, "compounds.tsv"));
        var all = CompoundEvaluation.Score(new Decompounder(SwedishLexicon.Default), rows).Single(s => s.Name == "all");
        Assert.True(all.Boundaries.F1 >= BoundaryF1Floor, $"boundary F1 {all.Boundaries.F1:F3} < {BoundaryF1Floor}");
        Assert.True(all.Boundaries.Precision >= BoundaryPrecisionFloor, $"boundary precision {all.Boundaries.Precision:F3} < {BoundaryPrecisionFloor}");
        Assert.True(all.OverSplitNoParticle <= OverSplitCeiling, $"over-split {all.OverSplitNoParticle:P1} > {OverSplitCeiling:P1}");
    }

    [GoldDataFact]
    public void Inflected_forms_meet_their_lemma()
    {
        var rows = LemmaEvaluation.Load(Path.Combine(GoldDataFactAttribute.Folder, "lemmas.tsv"));
        using var analyzer = new SwedishAnalyzer();
        var report = LemmaEvaluation.Score(form => TokenReader.Read(analyzer, ParagraphFields.Text, form) is [var token, ..] ? token.Term : form, rows);
        Assert.True(report.ByType.F1 >= ConflationF1Floor, $"conflation F1 {report.ByType.F1:F3} < {ConflationF1Floor}");
    }

    [Fact]
    public void The_conflation_measure_counts_pairs_as_defined()
    {
        // Two lemmas: a, b, c share "x"; d, e share "y". Terms: a, b → t; c, d → u; e → v.
        GoldLemma[] rows = [new("a", "x", "NOUN", 1), new("b", "x", "NOUN", 2), new("c", "x", "NOUN", 1), new("d", "y", "VERB", 1), new("e", "y", "VERB", 1)];
        var terms = new Dictionary<string, string> { ["a"] = "t", ["b"] = "t", ["c"] = "u", ["d"] = "u", ["e"] = "v" };
        var report = LemmaEvaluation.Score(f => terms[f], rows);
        // Same lemma: ab ac bc de = 4; same term: ab cd = 2; both: ab = 1.
        Assert.Equal(new PrecisionRecall(1, 1, 3), report.ByType);
        // Token-weighted: same lemma ab 2 + ac 1 + bc 2 + de 1 = 6; same term ab 2 + cd 1 = 3; both ab 2.
        Assert.Equal(new PrecisionRecall(2, 1, 4), report.ByToken);
    }

    [Fact]
    public void The_boundary_measure_counts_nested_parts_and_splits_of_whole_words()
    {
        GoldCompound[] rows =
        [
            new("arbetsmarknadsutbildning", "arbets+marknads+utbildning", "arbetsmarknads+utbildning", "NOUN", "self", new HashSet<string>()),
            new("verksamhet", "verksamhet", "verksamhet", "NOUN", "derivation", new HashSet<string>()),
        ];
        var all = CompoundEvaluation.Score(new Decompounder(SwedishLexicon.Default), rows).Single(s => s.Name == "all");
        Assert.Equal(new PrecisionRecall(2, 0, 0), all.Boundaries);
        Assert.Equal(0, all.OverSplit);
        Assert.Equal(1, all.ExactMatch);
    }
}
