using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using SearchService.Api.Metrics;

namespace SearchService.Api.Security;

/// <summary>
/// Limits requests to <c>/api</c> and the document pages (<c>/documents</c>) per client address with ASP.NET Core's token bucket and answers the
/// excess with 429 ProblemDetails and <c>Retry-After</c>. IPv6 clients are counted per /64, the block one
/// subscriber gets. Requests with no network peer address share one partition.
/// </summary>
internal static class ClientRateLimiter
{
    public const string NoPeerKey = "no-peer";

    public static IServiceCollection AddClientRateLimiter(this IServiceCollection services)
    {
        services.AddOptions<RateLimitingOptions>().BindConfiguration(RateLimitingOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<RateLimitingOptions>>((limiter, configured) =>
        {
            var limits = configured.Value;
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            if (!limits.Enabled)
            {
                // No limiter at all: a partitioned one that limits nothing still takes its lock for every request,
                // which two busy connections contended for.
                return;
            }
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            {
                var address = context.Connection.RemoteIpAddress;
                if (!IsLimited(context.Request.Path))
                {
                    return RateLimitPartition.GetNoLimiter("unlimited");
                }
                // Requests without a peer address (a Unix socket, an in-process host) share one allowance:
                // unlimited, they were a way around the limit for whatever could send them.
                return RateLimitPartition.GetTokenBucketLimiter(address is null ? NoPeerKey : ClientKey(address), _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = limits.Burst,
                    TokensPerPeriod = limits.PermitsPerSecond,
                    ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                    QueueLimit = 0,
                    AutoReplenishment = true,
                });
            });
            limiter.OnRejected = (rejected, _) =>
            {
                var seconds = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
                    ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds))
                    : 1;
                rejected.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                rejected.HttpContext.RequestServices.GetRequiredService<ServiceMetrics>().RateLimited();
                return new ValueTask(TypedResults.Problem(
                    title: "Too many requests.",
                    detail: $"This address may make {limits.PermitsPerSecond} requests per second (bursts of {limits.Burst}). Try again in {seconds} s.",
                    statusCode: StatusCodes.Status429TooManyRequests).ExecuteAsync(rejected.HttpContext));
            };
        });
        return services;
    }

    // The API, and the document page, which reads the index to answer 200 or 404.
    private static bool IsLimited(PathString path) => path.StartsWithSegments("/api") || path.StartsWithSegments("/documents");

    /// <summary>The partition of <paramref name="address"/>: the IPv4 address, or the /64 prefix of an IPv6 one.</summary>
    public static string ClientKey(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            return address.MapToIPv4().ToString();
        }
        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }
        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }
}
