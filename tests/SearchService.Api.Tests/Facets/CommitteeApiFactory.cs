using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using SearchService.Api.Facets;
using SearchService.Core.Indexing;
using SearchService.Tests;

namespace SearchService.Api.Tests.Facets;

/// <summary>The API with one facet the service does not have: the committee behind a document, read
/// from the <c>fields</c> of its sidecar (Regionstyrelsen for the Värmland and Östergötland documents,
/// Hälso- och sjukvårdsnämnden for the Västernorrland budget), added to the facet list and nothing else.</summary>
public sealed class CommitteeApiFactory : SearchApiFactory
{
    public const string Värmland = "001_e211e22770c08a41";
    public const string Östergötland = "003_f483bdd49a294f52";
    public const string Västernorrland = "004_0410683bcf7f9b19";

    public static readonly MetadataFacet Committee =
        new("committee", m => m.Fields?.GetValueOrDefault("committee"), ExactTerm: false, "Utskott");

    private static readonly TemporaryFolder Sources = WriteSources();

    public CommitteeApiFactory() : base(Sources.Path, [.. MetadataFacet.All, Committee])
    {
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.Configure<FacetOptions>(options => options.Facets.Add(Committee)));
    }

    private static TemporaryFolder WriteSources()
    {
        var folder = new TemporaryFolder();
        foreach (var seed in Directory.EnumerateFiles(RepositoryPaths.Seeds))
        {
            File.Copy(seed, Path.Combine(folder.Path, Path.GetFileName(seed)));
        }
        foreach (var (id, committee) in new[] { (Värmland, "Regionstyrelsen"), (Östergötland, "Regionstyrelsen"), (Västernorrland, "Hälso- och sjukvårdsnämnden") })
        {
            File.WriteAllText(Path.Combine(folder.Path, $"{id}.txt.meta.json"), $$"""{ "fields": { "committee": "{{committee}}" } }""");
        }
        return folder;
    }
}
