using System.CommandLine;
using SearchService.Core.Analysis;

namespace SearchService.Indexer;

/// <summary>The <c>--analysis</c> option, defaulting to the <c>Search__Analysis</c> environment
/// variable (the API's <c>Search:Analysis</c>) and then to <c>swedish</c>.</summary>
internal static class AnalysisOption
{
    public const string Both = "both";

    public static Option<string> Create(string description, bool allowBoth = false)
    {
        var option = new Option<string>("--analysis")
        {
            Description = description,
            DefaultValueFactory = _ => Environment.GetEnvironmentVariable("Search__Analysis") ?? "swedish",
        };
        option.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<string>();
            if (!AnalysisModes.TryParse(value, out _) && !(allowBoth && string.Equals(value, Both, StringComparison.OrdinalIgnoreCase)))
            {
                result.AddError($"--analysis is swedish or standard{(allowBoth ? " or both" : "")}, not \"{value}\".");
            }
        });
        return option;
    }

    public static AnalysisMode Parse(string value)
    {
        AnalysisModes.TryParse(value, out var mode);
        return mode;
    }
}
