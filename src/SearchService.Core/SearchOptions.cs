using System.ComponentModel.DataAnnotations;
using SearchService.Core.Search;

namespace SearchService.Core;

/// <summary>The <c>Search</c> configuration section, bound by the service and the indexer CLI alike
/// (<c>appsettings.json</c> or environment variables such as <c>Search__IndexPath</c>); every default is here.</summary>
public sealed class SearchOptions
{
    /// <summary>The configuration section's name.</summary>
    public const string Section = "Search";

    /// <summary>Folder of the Lucene index; relative paths are taken from the working directory.</summary>
    [Required]
    public string IndexPath { get; set; } = "index";

    /// <summary>Folder of source documents, used to build the index when there is none.</summary>
    [Required]
    public string SourcePath { get; set; } = "seeds";

    /// <summary>Analysis used when the service builds a missing index: <c>swedish</c> (default) or
    /// <c>standard</c> (Lucene's chain, the baseline). An existing index is searched with the analysis it was built with.</summary>
    [RegularExpression("(?i)^(swedish|standard)$", ErrorMessage = "Search:Analysis is swedish or standard.")]
    public string Analysis { get; set; } = "swedish";

    /// <summary>Most hits the result cache holds over all cached answers (each holds its paragraph as
    /// text, highlight and snippet); 0 turns it off. A cached answer lives until the index changes or
    /// newer answers push it out.</summary>
    [Range(0, 1_000_000)]
    public int ResultCacheHits { get; set; } = 10_000;

    /// <summary>Folder of the Swedish lexicon files (<c>sv-entries.tsv</c>, <c>sv-compound-forms.tsv</c>,
    /// <c>sv-suffixes.tsv</c>, optional <c>domain-words.txt</c>); empty for the ones shipped beside the
    /// program. An index built with one lexicon should be searched with the same one.</summary>
    public string? LexiconPath { get; set; }

    /// <summary>Most seconds the service spends after start-up searching typical requests on itself (at least
    /// 40 rounds of them, until .NET has compiled nothing new for 5 rounds, fewer if this runs out), in the
    /// background, so its code is compiled optimised before users' requests need it; 0 turns it off.</summary>
    [Range(0, 600)]
    public double WarmUpSeconds { get; set; } = 10;

    /// <summary>Most megabytes of hit text the result cache holds; the oldest answers go first when over.</summary>
    [Range(0, 65_536)]
    public int ResultCacheMegabytes { get; set; } = (int)(AnswerCache<SearchResult>.DefaultCapacityBytes / (1024 * 1024));

    /// <summary>How often the service looks for a newer index commit.</summary>
    [Range(0.1, 3600)]
    public double RefreshIntervalSeconds { get; set; } = 2;
}
