using System.CommandLine;
using SearchService.Core;
using SearchService.Core.Analysis;
using SearchService.Core.Analysis.Lexicon;
using SearchService.Core.Evaluation;
using SearchService.Core.Indexing;

namespace SearchService.Indexer;

/// <summary><c>analysis-eval</c>: scores the decompounder and the lemmatiser against third-party
/// gold data (<c>compounds.tsv</c>, <c>lemmas.tsv</c>), as their README defines the measures.</summary>
internal static class AnalysisEvaluationCommand
{
    public static Command Create(SearchOptions options)
    {
        var gold = new Option<DirectoryInfo>("--gold")
        {
            Description = "Folder with compounds.tsv and lemmas.tsv.",
            DefaultValueFactory = _ => new DirectoryInfo(Path.Combine("..", "shared", "eval", "analysis")),
        };
        var analysis = AnalysisOption.Create(options, "Analysis to score: swedish or standard (Lucene's chain: no decompounding, Snowball).");
        var errors = new Option<int>("--errors") { Description = "Also print this many wrong splits and conflation errors." };
        var command = new Command("analysis-eval", "Scores decompounding (boundary P/R/F1, over-split) and stemming conflation (P/R/F1) on gold data.");
        command.Options.Add(gold);
        command.Options.Add(analysis);
        command.Options.Add(errors);
        command.SetAction(parse => Run(parse.GetValue(gold)!, AnalysisOption.Parse(parse.GetValue(analysis)!), parse.GetValue(errors)));
        return command;
    }

    private static int Run(DirectoryInfo gold, AnalysisMode mode, int errors)
    {
        var (compoundsPath, lemmasPath) = (Path.Combine(gold.FullName, "compounds.tsv"), Path.Combine(gold.FullName, "lemmas.tsv"));
        if (!File.Exists(compoundsPath) || !File.Exists(lemmasPath))
        {
            Console.Error.WriteLine($"error: {gold.FullName} has no compounds.tsv and lemmas.tsv (the gold data is in ../shared/eval/analysis).");
            return ExitCodes.Failure;
        }
        var started = DateTime.UtcNow;
        var lexicon = SwedishLexicon.Default;
        Console.WriteLine($"analysis {AnalysisModes.Name(mode)}; lexicon {lexicon.Count} entries loaded in {(DateTime.UtcNow - started).TotalMilliseconds:F0} ms");
        if (mode == AnalysisMode.Swedish)
        {
            PrintCompounds(new Decompounder(lexicon), CompoundEvaluation.Load(compoundsPath), errors);
        }
        using var analysis = TextAnalysis.Create(mode);
        PrintLemmas(form => TokenReader.Read(analysis.Analyzer, ParagraphFields.Text, form) is [var token, ..] ? token.Term : form, LemmaEvaluation.Load(lemmasPath), errors);
        return ExitCodes.Success;
    }

    private static void PrintCompounds(Decompounder decompounder, IReadOnlyList<GoldCompound> rows, int errors)
    {
        Console.WriteLine($"\ncompounds.tsv ({rows.Count} rows): boundaries of Decompounder.Split");
        Console.WriteLine("| slice | rows | P | R | F1 | over-split | … particle | … no particle | split rate | exact | top split | R left of top |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|---|---|---|---|");
        foreach (var s in CompoundEvaluation.Score(decompounder, rows))
        {
            var b = s.Boundaries;
            Console.WriteLine($"| {s.Name} | {s.Rows} | {b.Precision:F3} | {b.Recall:F3} | {b.F1:F3} | {s.OverSplit:P1} | {s.OverSplitParticle:P1} | {s.OverSplitNoParticle:P1} | {s.SplitRate:P1} | {s.ExactMatch:P1} | {s.TopSplitAccuracy:P1} | {s.RecallLeftOfTop:F3} |");
        }
        foreach (var (row, predicted) in CompoundEvaluation.Errors(decompounder, rows).Take(errors))
        {
            Console.WriteLine($"  {row.Word,-28} gold {row.Parts,-32} ours {predicted,-32} {row.Source} {string.Join(',', row.Flags)}");
        }
    }

    private static void PrintLemmas(Func<string, string> term, IReadOnlyList<GoldLemma> rows, int errors)
    {
        var report = LemmaEvaluation.Score(term, rows);
        Console.WriteLine($"\nlemmas.tsv: {report.Forms} content-word forms ({report.DroppedAmbiguous} with more than one lemma dropped)");
        Console.WriteLine("| weighting | P | R | F1 |");
        Console.WriteLine("|---|---|---|---|");
        Console.WriteLine($"| by type | {report.ByType.Precision:F3} | {report.ByType.Recall:F3} | {report.ByType.F1:F3} |");
        Console.WriteLine($"| by token | {report.ByToken.Precision:F3} | {report.ByToken.Recall:F3} | {report.ByToken.F1:F3} |");
        Console.WriteLine($"understemmed lemmas: {report.Understemmed.Count}; overstemmed terms: {report.Overstemmed.Count}");
        foreach (var (lemma, terms) in report.Understemmed.Take(errors))
        {
            Console.WriteLine($"  under {lemma}: {string.Join(' ', terms)}");
        }
        foreach (var (term2, lemmas) in report.Overstemmed.Take(errors))
        {
            Console.WriteLine($"  over {term2}: {string.Join(' ', lemmas)}");
        }
    }
}
