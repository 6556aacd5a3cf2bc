using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Configuration;
using SearchService.Core;

namespace SearchService.Indexer;

/// <summary>The service's <c>Search</c> section as the command line sees it: environment variables
/// (<c>Search__IndexPath</c>, <c>Search__SourcePath</c>, <c>Search__Analysis</c>, <c>Search__LexiconPath</c>)
/// bound to the same <see cref="SearchOptions"/> and checked by the same rules, so the service and the
/// indexer share keys and defaults.</summary>
internal static class IndexerConfiguration
{
    /// <exception cref="InvalidDataException">A value does not bind or breaks a rule of <see cref="SearchOptions"/>.</exception>
    public static SearchOptions Read()
    {
        SearchOptions options;
        try
        {
            options = new ConfigurationBuilder().AddEnvironmentVariables().Build().GetSection(SearchOptions.Section).Get<SearchOptions>() ?? new SearchOptions();
        }
        catch (InvalidOperationException e)
        {
            throw new InvalidDataException($"{SearchOptions.Section} configuration: {e.Message}", e);
        }
        var problems = new List<ValidationResult>();
        if (!Validator.TryValidateObject(options, new ValidationContext(options), problems, validateAllProperties: true))
        {
            throw new InvalidDataException($"{SearchOptions.Section} configuration: {string.Join(" ", problems.Select(p => p.ErrorMessage))}");
        }
        return options;
    }
}
