using Microsoft.AspNetCore.OpenApi;
using Scalar.AspNetCore;

namespace SearchService.Api.OpenApi;

/// <summary>The OpenAPI document's description and examples, and the browsable reference at <c>/docs</c>.</summary>
public static class ApiReference
{
    public const string DocumentName = "v1";

    public static WebApplicationBuilder AddApiReference(this WebApplicationBuilder builder)
    {
        // Configures the document that AddOpenApi registered, whoever registered it.
        builder.Services.Configure<OpenApiOptions>(DocumentName, options =>
        {
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info.Title = "SearchService";
                document.Info.Description = "Full-text search over Swedish policy documents: ranked, highlighted paragraphs from every region, and the documents they come from.";
                return Task.CompletedTask;
            });
            options.AddOperationTransformer((operation, context, _) =>
            {
                FacetParameterDescriptions.Apply(operation, context);
                OperationExamples.Apply(operation);
                return Task.CompletedTask;
            });
        });
        return builder;
    }

    public static WebApplication MapApiReference(this WebApplication app)
    {
        // The reference page must work on a network without the internet: Scalar's script is served from the
        // package itself, and its default fonts, which come from Scalar's CDN, are turned off.
        app.MapScalarApiReference("/docs", options => options
            .WithTitle("SearchService API")
            .WithOpenApiRoutePattern("/openapi/{documentName}.json")
            .AddDocument(DocumentName)
            .DisableDefaultFonts());
        // The package's page starts Scalar with an inline script; ours (wwwroot) starts it from a file, so
        // /docs needs no 'unsafe-inline' script. Ordered first: the package's "/docs/{documentName?}" matches too.
        app.MapGet("/docs", ServeReferencePage).ExcludeFromDescription().WithOrder(-1);
        return app;
    }

    private static async Task ServeReferencePage(HttpContext context, IWebHostEnvironment environment)
    {
        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.Headers.CacheControl = "no-cache";
        await context.Response.SendFileAsync(environment.WebRootFileProvider.GetFileInfo("api-reference.html"), context.RequestAborted);
    }
}
