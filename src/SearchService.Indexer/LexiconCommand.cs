using System.CommandLine;
using SearchService.Core.Analysis.Lexicon;

namespace SearchService.Indexer;

/// <summary><c>lexicon</c>: derives the shipped lexicon files from a Hunspell dictionary (Debian's
/// <c>hunspell-sv</c>: <c>apt-get install hunspell-sv</c>).</summary>
internal static class LexiconCommand
{
    public static Command Create()
    {
        var hunspell = new Option<string>("--hunspell")
        {
            Description = "Path of the Hunspell dictionary without extension (reads PATH.aff and PATH.dic).",
            DefaultValueFactory = _ => "/usr/share/hunspell/sv_SE",
        };
        var output = new Option<string>("--out")
        {
            Description = "Folder the lexicon files are written to.",
            DefaultValueFactory = _ => Path.Combine("src", "SearchService.Core", "Analysis", "Lexicon"),
        };
        var command = new Command("lexicon", "Derives the Swedish lexicon files (entries and suffix rules) from a Hunspell dictionary.");
        command.Options.Add(hunspell);
        command.Options.Add(output);
        command.SetAction(parse => Run(parse.GetValue(hunspell)!, parse.GetValue(output)!));
        return command;
    }

    private static int Run(string hunspell, string output)
    {
        var (aff, dic) = (hunspell + ".aff", hunspell + ".dic");
        if (!File.Exists(aff) || !File.Exists(dic))
        {
            Console.Error.WriteLine($"error: {aff} or {dic} not found (install Debian's hunspell-sv, or give --hunspell).");
            return ExitCodes.Failure;
        }
        try
        {
            var (entries, rules) = HunspellSource.Convert(aff, dic, output);
            Console.WriteLine($"Wrote {entries} entries and {rules} suffix rules to {Path.GetFullPath(output)}.");
            return ExitCodes.Success;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or FormatException)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return ExitCodes.Failure;
        }
    }
}
