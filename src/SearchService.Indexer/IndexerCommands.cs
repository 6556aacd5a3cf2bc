using System.CommandLine;
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
        };
        var index = new Option<string>("--index")
        {
            Description = "Folder the Lucene index is written to.",
            DefaultValueFactory = _ => Environment.GetEnvironmentVariable("Search__IndexPath") ?? "index",
        };
        var root = new RootCommand("Builds the SearchService paragraph index from a folder of documents.");
        root.Options.Add(source);
        root.Options.Add(index);
        root.SetAction(parse => Build(parse.GetValue(source)!, parse.GetValue(index)!));

        var file = new Argument<FileInfo>("file") { Description = "A document file." };
        var inspect = new Command("inspect", "Prints the metadata and paragraphs the indexer derives from one file.");
        inspect.Arguments.Add(file);
        inspect.SetAction(parse => Inspect(parse.GetValue(file)!));
        root.Subcommands.Add(inspect);
        return root;
    }

    private static int Build(string source, string index)
    {
        try
        {
            var report = IndexBuilder.Rebuild(source, index, new ConsoleProgress());
            Console.WriteLine($"Indexed {report.Documents} documents, {report.Paragraphs} paragraphs into {Path.GetFullPath(index)} in {report.Elapsed.TotalSeconds:F1} s.");
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
