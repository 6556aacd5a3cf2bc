using System.CommandLine;
using SearchService.Core.Analysis;
using SearchService.Core.Documents;
using SearchService.Core.Indexing;

namespace SearchService.Indexer;

/// <summary>The indexer's command line: build the index (default), or inspect how a file is split.</summary>
internal static class IndexerCommands
{
    public static RootCommand Create()
    {
        // Same configuration keys as the API (Search:SourcePath / Search:IndexPath as environment variables).
        var source = new Option<string>("--source")
        {
            Description = "Folder of documents to index (.txt, .md, optional metadata.json).",
            DefaultValueFactory = _ => Environment.GetEnvironmentVariable("Search__SourcePath") ?? "seeds",
            Recursive = true,
        };
        var index = new Option<string>("--index")
        {
            Description = "Folder the Lucene index is written to.",
            DefaultValueFactory = _ => Environment.GetEnvironmentVariable("Search__IndexPath") ?? "index",
        };
        var analysis = AnalysisOption.Create("Text analysis: swedish (default) or standard (Lucene's chain, the baseline).");
        var root = new RootCommand("Builds the SearchService paragraph index from a folder of documents.");
        root.Options.Add(source);
        root.Options.Add(index);
        root.Options.Add(analysis);
        root.SetAction(parse => Build(parse.GetValue(source)!, parse.GetValue(index)!, AnalysisOption.Parse(parse.GetValue(analysis)!)));

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
        root.Subcommands.Add(EvaluationCommand.Create(source));
        return root;
    }

    private static int Build(string source, string index, AnalysisMode analysis)
    {
        try
        {
            var report = IndexBuilder.Rebuild(source, index, new ConsoleProgress(), analysis);
            Console.WriteLine($"Indexed {report.Documents} documents, {report.Paragraphs} paragraphs into {Path.GetFullPath(index)} with {AnalysisModes.Name(analysis)} analysis in {report.Elapsed.TotalSeconds:F1} s.");
            foreach (var skipped in report.Skipped)
            {
                Console.Error.WriteLine($"Skipped {skipped.FileName}: {skipped.Reason}");
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
        var id = Path.GetFileNameWithoutExtension(file.Name);
        var parsed = DocumentParser.Parse(new SourceDocument(id, file.Name, File.ReadAllText(file.FullName)));
        var metadata = parsed.Metadata;
        Console.WriteLine($"title:   {metadata.Title}");
        Console.WriteLine($"region:  {metadata.Region ?? "(none)"}  mentioned: {string.Join(", ", metadata.RegionsMentioned)}");
        Console.WriteLine($"date:    {metadata.Date?.ToString("yyyy-MM-dd") ?? "(none)"}");
        foreach (var paragraph in parsed.Paragraphs)
        {
            Console.WriteLine($"\n[{paragraph.Number}] {paragraph.StartOffset}-{paragraph.EndOffset} § {paragraph.Section ?? "-"}\n{paragraph.Text}");
        }
        return ExitCodes.Success;
    }
}
