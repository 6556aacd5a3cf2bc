using Microsoft.Extensions.Options;
using SearchService.Api.Hosting;
using SearchService.Core;
using SearchService.Core.Indexing;
using SearchService.Core.Search.Documents;

namespace SearchService.Api.Documents;

/// <summary>Registers the document list and write API: one <see cref="DocumentStore"/> for the
/// process, so writes through the API are serialised.</summary>
internal static class DocumentApiRegistration
{
    public static WebApplicationBuilder AddDocumentApi(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<DocumentOptions>().BindConfiguration(DocumentOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<DocumentCatalog>();
        services.AddSingleton(provider =>
        {
            var search = provider.GetRequiredService<IOptions<SearchOptions>>().Value;
            return new DocumentStore(Path.GetFullPath(search.SourcePath), Path.GetFullPath(search.IndexPath));
        });
        return builder;
    }
}
