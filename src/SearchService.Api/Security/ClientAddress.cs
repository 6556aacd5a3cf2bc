using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace SearchService.Api.Security;

/// <summary>
/// Which address a request comes from. Directly on the internet it is the TCP peer. Behind a reverse
/// proxy or load balancer every peer is the proxy, so the proxies are listed in <c>ForwardedHeaders:KnownProxies</c>
/// (loopback by default, for a proxy on the same machine):
/// then the client address is taken from the <c>X-Forwarded-For</c> entry that proxy added, and only from
/// those proxies (a client cannot choose its own address by sending the header).
/// </summary>
internal static class ClientAddress
{
    public const string KnownProxiesKey = "ForwardedHeaders:KnownProxies";

    public static IServiceCollection AddClientAddress(this IServiceCollection services, IConfiguration configuration)
    {
        var proxies = configuration.GetSection(KnownProxiesKey).Get<string[]>() ?? [];
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // Only the configured proxies: the framework's defaults would trust all of 127.0.0.0/8 whatever is configured.
            options.KnownIPNetworks.Clear();
            options.KnownProxies.Clear();
            foreach (var proxy in proxies)
            {
                options.KnownProxies.Add(IPAddress.Parse(proxy));
            }
        });
        return services;
    }

    public static IApplicationBuilder UseClientAddress(this IApplicationBuilder app)
    {
        var proxies = app.ApplicationServices.GetRequiredService<IConfiguration>().GetSection(KnownProxiesKey).Get<string[]>() ?? [];
        return proxies.Length > 0 ? app.UseForwardedHeaders() : app;
    }
}
