using System.CommandLine;
using SearchService.Core;
using SearchService.Core.Analysis;

namespace SearchService.Indexer;

/// <summary>The <c>--analysis</c> option, defaulting to the configured <see cref="SearchOptions.Analysis"/>
/// (the API's <c>Search:Analysis</c>, <c>Search__Analysis</c> as an environment variable).</summary>
internal static class AnalysisOption
{
    public const string Both = "both";

    public static Option<string> Create(SearchOptions options, string description, bool allowBoth = false)
    {
        var option = new Option<string>("--analysis")
        {
            Description = description,
            DefaultValueFactory = _ => options.Analysis,
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
