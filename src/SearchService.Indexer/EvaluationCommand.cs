using System.CommandLine;
using System.Globalization;
using SearchService.Core;
using SearchService.Core.Analysis;
using SearchService.Core.Evaluation;
using SearchService.Core.Indexing;
using SearchService.Core.Search;

namespace SearchService.Indexer;

/// <summary><c>eval</c>: builds a throw-away index of the source folder with each chosen analysis and
/// scores the judged queries through the real search, per kind and overall.</summary>
internal static class EvaluationCommand
{
    public static Command Create(Option<string> source, SearchOptions options)
    {
        var qrels = new Option<FileInfo>("--qrels") { Description = "Relevance set (JSON array of judged queries), e.g. tests/eval/relevance.json.", Required = true };
        var analysis = AnalysisOption.Create(options, "Analysis to evaluate: swedish, standard, or both (compared side by side).", allowBoth: true);
        var perQuery = new Option<bool>("--per-query") { Description = "Also print each query's scores." };
        var existing = new Option<DirectoryInfo?>("--index") { Description = "Score an index built before (its own analysis) instead of building one from --source, e.g. of a large corpus." };
        var distinct = new Option<bool>("--distinct") { Description = "Score the hits as the search page asks for them: each paragraph text once (distinct=true)." };
        var command = new Command("eval", "Scores search quality (nDCG@10, Recall@10, MRR@10) on a relevance set.");
        command.Options.Add(qrels);
        command.Options.Add(analysis);
        command.Options.Add(perQuery);
        command.Options.Add(existing);
        command.Options.Add(distinct);
        command.SetAction(parse => parse.GetValue(existing) is { } index
            ? RunOnIndex(index, parse.GetValue(qrels)!, parse.GetValue(perQuery), parse.GetValue(distinct))
            : Run(parse.GetValue(source)!, parse.GetValue(qrels)!, parse.GetValue(analysis)!, parse.GetValue(perQuery), parse.GetValue(distinct)));
        return command;
    }

    private static int Run(string source, FileInfo qrels, string analysis, bool perQuery, bool distinct)
    {
        if (!qrels.Exists)
        {
            Console.Error.WriteLine($"error: relevance set not found: {qrels.FullName}");
            return ExitCodes.Failure;
        }
        try
        {
            var queries = RelevanceSet.Load(qrels.FullName);
            var modes = analysis == AnalysisOption.Both ? [AnalysisMode.Standard, AnalysisMode.Swedish] : new[] { AnalysisOption.Parse(analysis) };
            Console.WriteLine($"{queries.Count} queries from {qrels.FullName}; index of {Path.GetFullPath(source)}");
            foreach (var mode in modes)
            {
                Print(mode, Evaluate(source, mode, queries, distinct), perQuery);
            }
            return ExitCodes.Success;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return ExitCodes.Failure;
        }
    }

    private static int RunOnIndex(DirectoryInfo folder, FileInfo qrels, bool perQuery, bool distinct)
    {
        if (!qrels.Exists || !folder.Exists)
        {
            Console.Error.WriteLine($"error: not found: {(qrels.Exists ? folder.FullName : qrels.FullName)}");
            return ExitCodes.Failure;
        }
        try
        {
            var queries = RelevanceSet.Load(qrels.FullName);
            using var index = ParagraphIndex.Open(folder.FullName);
            Console.WriteLine($"{queries.Count} queries from {qrels.FullName}; index {folder.FullName} ({AnalysisModes.Name(index.Analysis.Mode)} analysis)");
            PrintScores(RelevanceEvaluation.Run(new ParagraphSearcher(index), queries, distinct), perQuery);
            return ExitCodes.Success;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return ExitCodes.Failure;
        }
    }

    private static (EvaluationReport Report, IndexUpdater.BuildReport Build, long Bytes) Evaluate(string source, AnalysisMode mode, IReadOnlyList<JudgedQuery> queries, bool distinct)
    {
        var folder = Path.Combine(Path.GetTempPath(), "searchservice-eval-" + Guid.NewGuid().ToString("N"));
        try
        {
            var build = IndexUpdater.Rebuild(source, folder, analysis: mode);
            var bytes = new DirectoryInfo(folder).EnumerateFiles().Sum(f => f.Length);
            using var index = ParagraphIndex.Open(folder);
            return (RelevanceEvaluation.Run(new ParagraphSearcher(index), queries, distinct), build, bytes);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static void Print(AnalysisMode mode, (EvaluationReport Report, IndexUpdater.BuildReport Build, long Bytes) run, bool perQuery)
    {
        var (report, build, bytes) = run;
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"analysis {AnalysisModes.Name(mode)}: indexed {build.Paragraphs} paragraphs in {build.Elapsed.TotalMilliseconds:F0} ms, index {bytes / 1024.0:F0} KiB"));
        PrintScores(report, perQuery);
    }

    private static void PrintScores(EvaluationReport report, bool perQuery)
    {
        Console.WriteLine($"{"kind",-14} {"queries",7} {"nDCG@10",8} {"Recall@10",9} {"MRR@10",7}");
        foreach (var group in report.PerKind.Append(report.Overall))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{group.Group,-14} {group.Queries,7} {group.Ndcg,8:F3} {group.Recall,9:F3} {group.Mrr,7:F3}"));
        }
        if (perQuery)
        {
            foreach (var (query, score) in report.PerQuery)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  {query.Id,-5} {query.Kind,-13} {score.Ndcg,6:F3} {score.Recall,6:F3} {score.ReciprocalRank,6:F3}  {query.Query}"));
            }
        }
    }
}
