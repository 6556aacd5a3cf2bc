using SearchService.Core.Search;

namespace SearchService.Api.Web;

/// <summary>The search page at <c>/</c>, the document page at <c>/documents/{id}</c> and the embeddable
/// <c>/widget.js</c>, all plain files from wwwroot in the build output.</summary>
public static class WebPages
{
    private const string DocumentPage = "document.html";

    public static WebApplication MapWebPages(this WebApplication app)
    {
        app.UseDefaultFiles();
        app.UseStaticFiles(new StaticFileOptions { OnPrepareResponse = context => SetCaching(context.Context.Response, context.File.Name) });
        app.MapGet("/documents/{id}", ServeDocumentPage).ExcludeFromDescription();
        return app;
    }

    // Files are not fingerprinted: browsers revalidate (ETag) so a deploy shows at once; other sites load the
    // widget on every page view, so it may be reused for a few minutes without asking.
    private static void SetCaching(HttpResponse response, string fileName) =>
        response.Headers.CacheControl = fileName == "widget.js" ? "public, max-age=300" : "no-cache";

    // One page serves every document; its script loads the document a page of paragraphs at a time. Unknown
    // ids answer 404 so links that went stale are not indexed as pages; one term lookup decides, whatever the document's size.
    private static async Task ServeDocumentPage(HttpContext context, string id, DocumentLookup documents, IWebHostEnvironment environment)
    {
        var page = environment.WebRootFileProvider.GetFileInfo(DocumentPage);
        context.Response.StatusCode = documents.Exists(id) ? StatusCodes.Status200OK : StatusCodes.Status404NotFound;
        context.Response.ContentType = "text/html; charset=utf-8";
        SetCaching(context.Response, DocumentPage);
        await context.Response.SendFileAsync(page, context.RequestAborted);
    }
}
