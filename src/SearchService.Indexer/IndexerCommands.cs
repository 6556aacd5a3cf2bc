using System.CommandLine;
using SearchService.Core;
using SearchService.Core.Analysis;
using SearchService.Core.Analysis.Lexicon;
using SearchService.Core.Documents;
using SearchService.Core.Documents.Readers;
using SearchService.Core.Indexing;

namespace SearchService.Indexer;

/// <summary>The indexer's command line: update the index (default; <c>--full</c> rebuilds,
/// <c>--watch</c> keeps it current), or inspect how a file is read and split.</summary>
internal static class IndexerCommands
{
    private static readonly TimeSpan WatchDebounce = TimeSpan.FromMilliseconds(500);

    public static RootCommand Create()
    {
        // The API's Search section and defaults (Search__SourcePath, Search__IndexPath … as environment variables).
        var options = IndexerConfiguration.Read();
        var source = new Option<string>("--source")
        {
            Description = "Folder of documents to index (.txt, .md, .pdf, .docx, .html, .htm; optional metadata.json and <file>.meta.json).",
            DefaultValueFactory = _ => options.SourcePath,
            Recursive = true,
        };
        var index = new Option<string>("--index")
        {
            Description = "Folder the Lucene index is written to.",
            DefaultValueFactory = _ => options.IndexPath,
        };
        var analysis = AnalysisOption.Create(options, "Text analysis: swedish (default) or standard (Lucene's chain, the baseline). Another mode than the index's rebuilds it.");
        var full = new Option<bool>("--full") { Description = "Rebuild the whole index instead of updating only new, changed and removed files." };
        var watch = new Option<bool>("--watch") { Description = "After updating, keep watching the source folder and apply changes as they happen (Ctrl+C stops)." };
        // Unset, the lexicon files shipped beside the program.
        SwedishLexicon.UseFolder(options.LexiconPath is { Length: > 0 } lexicon ? lexicon : null);
        var root = new RootCommand("Builds and updates the SearchService paragraph index from a folder of documents.");
        root.Options.Add(source);
        root.Options.Add(index);
        root.Options.Add(analysis);
        root.Options.Add(full);
        root.Options.Add(watch);
        root.SetAction((parse, cancellationToken) =>
        {
            var (sourcePath, indexPath) = (parse.GetValue(source)!, parse.GetValue(index)!);
            var mode = AnalysisOption.Parse(parse.GetValue(analysis)!);
            var exit = Update(sourcePath, indexPath, parse.GetValue(full), mode, new ConsoleProgress());
            return parse.GetValue(watch) && exit != ExitCodes.Failure
                ? WatchAsync(sourcePath, indexPath, mode, cancellationToken)
                : Task.FromResult(exit);
        });

        var file = new Argument<FileInfo>("file") { Description = "A document file." };
        var inspect = new Command("inspect", "Prints the metadata and paragraphs the indexer derives from one file.");
        inspect.Arguments.Add(file);
        inspect.SetAction(parse => Inspect(parse.GetValue(file)!));
        root.Subcommands.Add(inspect);

        var text = new Argument<string>("text") { Description = "Text to analyse." };
        var analyze = new Command("analyze", "Prints the tokens the Swedish analysis makes of a text, per field.");
        analyze.Arguments.Add(text);
        analyze.SetAction(parse => Analyze(parse.GetValue(text)!));
        root.Subcommands.Add(analyze);
        root.Subcommands.Add(EvaluationCommand.Create(source, options));

        root.Subcommands.Add(LexiconCommand.Create());
        root.Subcommands.Add(AnalysisEvaluationCommand.Create(options));
        return root;
    }

    /// <summary>Watches until cancelled, updating the index after each settled burst of changes.</summary>
    internal static async Task<int> WatchAsync(string source, string index, AnalysisMode analysis, CancellationToken cancellationToken)
    {
        Console.WriteLine($"Watching {Path.GetFullPath(source)} for changes (Ctrl+C stops).");
        await SourceFolderWatcher.WatchAsync(source, WatchDebounce, async () =>
        {
            // The service's document API may hold the lock for a moment; try again shortly.
            for (var attempt = 0; attempt < 5 && Update(source, index, false, analysis, null) == ExitCodes.Failure; attempt++)
            {
                await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
            }
        }, cancellationToken);
        return ExitCodes.Success;
    }

    private static int Update(string source, string index, bool full, AnalysisMode analysis, IProgress<IndexUpdater.BuildProgress>? progress)
    {
        try
        {
            var report = IndexUpdater.Update(source, index, full, progress, analysis: analysis);
            var documents = report.Added + report.Changed + report.Unchanged;
            Console.WriteLine($"Indexed {documents} documents, {report.ParagraphsInIndex} paragraphs into {Path.GetFullPath(index)} with {AnalysisModes.Name(analysis)} analysis in {report.Elapsed.TotalSeconds:F1} s: " +
                $"{report.Added} added, {report.Changed} changed, {report.Removed} removed, {report.Unchanged} unchanged{(report.ChangedIndex || full ? "" : " (no new commit)")}.");
            foreach (var skipped in report.Skipped)
            {
                Console.Error.WriteLine($"Skipped {(skipped.Hostile ? "hostile file " : "")}{skipped.FileName}: {skipped.Reason}");
            }
            return report.Skipped.Count > 0 ? ExitCodes.SkippedFiles : ExitCodes.Success;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return ExitCodes.Failure;
        }
    }

    private static int Analyze(string text)
    {
        using var analyzer = new SwedishAnalyzer();
        foreach (var token in TokenExplainer.Explain(analyzer, text))
        {
            Console.WriteLine($"{token.Field,-12} {token.Position,3} {token.Start,4}-{token.End,-4} {token.Source,-9} {token.Term}");
        }
        return ExitCodes.Success;
    }

    private static int Inspect(FileInfo file)
    {
        if (!file.Exists)
        {
            Console.Error.WriteLine($"error: file not found: {file.FullName}");
            return ExitCodes.Failure;
        }
        ParsedDocument parsed;
        try
        {
            var entries = file.DirectoryName is null ? new Dictionary<string, MetadataOverride>() : MetadataSidecar.Read(file.DirectoryName);
            parsed = DocumentParser.Parse(file.Name, File.ReadAllBytes(file.FullName), MetadataSidecar.ForFile(file.FullName, entries));
        }
        catch (Exception e) when (e is UnreadableDocumentException or InvalidDataException or IOException)
        {
            Console.Error.WriteLine($"error: {file.Name}: {e.Message}");
            return ExitCodes.Failure;
        }
        var metadata = parsed.Metadata;
        Console.WriteLine($"title:   {metadata.Title}");
        Console.WriteLine($"region:  {metadata.Region ?? "(none)"}  mentioned: {string.Join(", ", metadata.RegionsMentioned)}");
        Console.WriteLine($"date:    {metadata.Date?.ToString("yyyy-MM-dd") ?? "(none)"}");
        Console.WriteLine($"organisation: {metadata.Organisation ?? "(none)"}  municipality: {metadata.Municipality ?? "(none)"}  type: {metadata.DocumentType ?? "(none)"}  url: {metadata.SourceUrl ?? "(none)"}");
        foreach (var paragraph in parsed.Paragraphs)
        {
            var page = paragraph.Page is { } number ? $" sida {number}" : "";
            Console.WriteLine($"\n[{paragraph.Number}] {paragraph.StartOffset}-{paragraph.EndOffset}{page} § {paragraph.Section ?? "-"}\n{paragraph.Text}");
        }
        return ExitCodes.Success;
    }
}
