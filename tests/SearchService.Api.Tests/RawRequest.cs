using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;

namespace SearchService.Api.Tests;

/// <summary>GET requests whose query string reaches the pipeline byte for byte. <see cref="Uri"/> (and so
/// <see cref="HttpClient"/>) repairs malformed escapes (<c>%zz</c> becomes <c>%25zz</c>), hiding exactly what a
/// hostile client sends, so these go to the test server as a request context instead.</summary>
internal static class RawRequest
{
    public sealed record Answer(HttpStatusCode Status, string? MediaType, string Body);

    public static async Task<Answer> GetAsync(WebApplicationFactory<Program> factory, string pathAndQuery, CancellationToken cancel = default)
    {
        var question = pathAndQuery.IndexOf('?', StringComparison.Ordinal);
        var context = await factory.Server.SendAsync(c =>
        {
            c.Request.Method = HttpMethods.Get;
            c.Request.Path = question < 0 ? pathAndQuery : pathAndQuery[..question];
            c.Request.QueryString = question < 0 ? QueryString.Empty : new QueryString(pathAndQuery[question..]);
        }, cancel);
        using var reader = new StreamReader(context.Response.Body);
        var mediaType = context.Response.ContentType?.Split(';')[0];
        return new Answer((HttpStatusCode)context.Response.StatusCode, mediaType, await reader.ReadToEndAsync(cancel));
    }
}
