using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace SearchService.Api.Tests.Security;

/// <summary>Test-only additions to the real pipeline: a network peer address (the in-process server has
/// none) taken from <see cref="PeerHeader"/>, and HTML pages at paths the app itself does not serve, so
/// page headers can be checked before the web page exists.</summary>
internal static class PipelineProbes
{
    public const string PeerHeader = "X-Test-Peer";
    public const string HoldHeader = "X-Test-Hold";

    public static IWebHostBuilder WithPeerAddressFromHeader(this IWebHostBuilder builder) =>
        builder.ConfigureServices(s => s.AddSingleton<IStartupFilter>(new PeerAddress()));

    /// <summary>Requests carrying <see cref="HoldHeader"/> report their arrival, then wait <paramref name="hold"/>
    /// before the app handles them: a slow request to be in flight while the host stops.</summary>
    public static IWebHostBuilder WithHeldRequests(this IWebHostBuilder builder, TaskCompletionSource arrived, TimeSpan hold) =>
        builder.ConfigureServices(s => s.AddSingleton<IStartupFilter>(new HeldRequests(arrived, hold)));

    public static IWebHostBuilder WithHtmlPageAt(this IWebHostBuilder builder, params string[] paths) =>
        builder.ConfigureServices(s => s.AddSingleton<IStartupFilter>(new HtmlPages(paths)));

    private sealed class PeerAddress : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                if (IPAddress.TryParse(context.Request.Headers[PeerHeader], out var address))
                {
                    context.Connection.RemoteIpAddress = address;
                }
                return nextMiddleware(context);
            });
            next(app);
        };
    }

    private sealed class HeldRequests(TaskCompletionSource arrived, TimeSpan hold) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (context, nextMiddleware) =>
            {
                if (context.Request.Headers.ContainsKey(HoldHeader))
                {
                    arrived.TrySetResult();
                    await Task.Delay(hold);
                }
                await nextMiddleware(context);
            });
            next(app);
        };
    }

    // Added after the app's own pipeline: reached only for paths no endpoint of the app serves.
    private sealed class HtmlPages(string[] paths) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.Use(async (context, nextMiddleware) =>
            {
                if (!paths.Contains(context.Request.Path.Value))
                {
                    await nextMiddleware(context);
                    return;
                }
                context.Response.ContentType = "text/html; charset=utf-8";
                await context.Response.WriteAsync("<!doctype html><title>probe</title>");
            });
        };
    }
}
