using SearchService.Core.Search.Documents;

namespace SearchService.Api.Web;

/// <summary>The search page at <c>/</c>, the document page at <c>/documents/{id}</c>, the region comparison
/// at <c>/regioner</c> and the embeddable <c>/widget.js</c>, all plain files from wwwroot in the build output.</summary>
public static class WebPages
{
    private const string DocumentPage = "document.html";
    private const string RegionsPage = "regioner.html";

    public static WebApplication MapWebPages(this WebApplication app)
    {
        app.UseDefaultFiles();
        app.UseStaticFiles(new StaticFileOptions { OnPrepareResponse = context => SetCaching(context.Context.Response, context.File.Name) });
        app.MapGet("/documents/{id}", ServeDocumentPage).ExcludeFromDescription();
        app.MapGet("/regioner", ServeRegionsPage).ExcludeFromDescription();
        return app;
    }

    // Files are not fingerprinted: browsers revalidate (ETag) so a deploy shows at once; other sites load the
    // widget on every page view, so it may be reused for a few minutes without asking.
    private static void SetCaching(HttpResponse response, string fileName) =>
        response.Headers.CacheControl = fileName == "widget.js" ? "public, max-age=300" : "no-cache";

    // One page serves every document; its script loads the document a page of paragraphs at a time. Unknown
    // ids answer 404 so links that went stale are not indexed as pages; one term lookup decides, whatever the document's size.
    private static async Task ServeDocumentPage(HttpContext context, string id, IIndexedDocuments documents, IWebHostEnvironment environment)
    {
        context.Response.StatusCode = await documents.ExistsAsync(id, context.RequestAborted) ? StatusCodes.Status200OK : StatusCodes.Status404NotFound;
        await SendPage(context, environment, DocumentPage);
    }

    // The comparison's state is in its query string; the page's script reads it.
    private static Task ServeRegionsPage(HttpContext context, IWebHostEnvironment environment) =>
        SendPage(context, environment, RegionsPage);

    private static async Task SendPage(HttpContext context, IWebHostEnvironment environment, string fileName)
    {
        context.Response.ContentType = "text/html; charset=utf-8";
        SetCaching(context.Response, fileName);
        await context.Response.SendFileAsync(environment.WebRootFileProvider.GetFileInfo(fileName), context.RequestAborted);
    }
}
