namespace SearchService.Core.Analysis;

/// <summary>Which text analysis an index is built and searched with. <see cref="Standard"/> is the
/// chain Lucene ships for Swedish (the baseline); <see cref="Swedish"/> adds decompounding, hyphen
/// ellipsis, a consistent stem, diacritic folding, typo tolerance and suggestions.</summary>
public enum AnalysisMode
{
    /// <summary>The service's full Swedish analysis.</summary>
    Swedish,

    /// <summary>Lucene's Swedish chain only: standard tokenizer, lower case, stop words, Snowball.</summary>
    Standard,
}

/// <summary>Reads and writes <see cref="AnalysisMode"/> as the lower-case names used in configuration.</summary>
public static class AnalysisModes
{
    /// <summary>The configuration name of <paramref name="mode"/> (<c>swedish</c> or <c>standard</c>).</summary>
    public static string Name(AnalysisMode mode) => mode == AnalysisMode.Standard ? "standard" : "swedish";

    /// <summary>Parses a configuration value, any case; false for anything else.</summary>
    public static bool TryParse(string? value, out AnalysisMode mode)
    {
        mode = AnalysisMode.Swedish;
        switch (value?.Trim().ToLowerInvariant())
        {
            case "swedish":
                return true;
            case "standard":
                mode = AnalysisMode.Standard;
                return true;
            default:
                return false;
        }
    }
}
