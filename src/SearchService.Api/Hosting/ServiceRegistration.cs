using Microsoft.Extensions.Options;
using SearchService.Api.Facets;
using SearchService.Api.Metrics;
using SearchService.Core;
using SearchService.Core.Analysis.Lexicon;
using SearchService.Core.Search;
using SearchService.Core.Search.Documents;
using SearchService.Core.Search.Facets;

namespace SearchService.Api.Hosting;

/// <summary>Registers the search itself with the host: the <c>Search</c> options, the lexicon, the
/// index (opened or built at start, with the facets of <see cref="FacetOptions"/>), its refresh, the answer caches and the searchers over it (search,
/// region comparison, match listing, document lookup and highlighting).</summary>
internal static class ServiceRegistration
{
    public static WebApplicationBuilder AddSearchIndex(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<SearchOptions>().BindConfiguration(SearchOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        // The lexicon takes a few hundred milliseconds to read: it loads while the host starts.
        SwedishLexicon.UseFolder(builder.Configuration[$"{SearchOptions.Section}:{nameof(SearchOptions.LexiconPath)}"] is { Length: > 0 } lexicon ? lexicon : null);
        _ = Task.Run(() => SwedishLexicon.Default);
        services.AddSingleton(provider => IndexStartup.OpenOrBuild(
            provider.GetRequiredService<IOptions<SearchOptions>>().Value,
            provider.GetRequiredService<IOptions<FacetOptions>>().Value.Facets,
            provider.GetRequiredService<ILoggerFactory>().CreateLogger("SearchService.Index"),
            provider.GetRequiredService<ServiceMetrics>()));
        services.AddSingleton(provider =>
        {
            var search = provider.GetRequiredService<IOptions<SearchOptions>>().Value;
            return new SearchResultCache(search.ResultCacheHits, search.ResultCacheMegabytes * 1024L * 1024);
        });
        services.AddSingleton<ParagraphSearcher>();
        services.AddSingleton<SearchWarmUp>();
        // The comparison's answers are cached apart from search's, bounded by the same number of hits.
        services.AddSingleton(provider =>
        {
            var search = provider.GetRequiredService<IOptions<SearchOptions>>().Value;
            return new AnswerCache<RegionComparisonResult>(search.ResultCacheHits, search.ResultCacheMegabytes * 1024L * 1024,
                result => result.Regions.Sum(r => r.Hits.Count), result => AnswerCache<RegionComparisonResult>.HitBytes(result.Regions.SelectMany(r => r.Hits)));
        });
        services.AddSingleton<RegionComparison>();
        services.AddSingleton<IMatchListing, MatchListing>();
        services.AddSingleton(Follow.ExportGate.From(builder.Configuration));
        services.AddSingleton(provider => new Analysis.ServedAnalysis(() => provider.GetRequiredService<ParagraphIndex>().Analysis));
        services.AddSingleton<DocumentLookup>();
        services.AddSingleton<DocumentHighlighter>();
        services.AddSingleton<IIndexedDocuments, IndexedDocuments>();
        services.AddHostedService<IndexRefreshService>();
        return builder;
    }
}
