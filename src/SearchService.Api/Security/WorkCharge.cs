using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using SearchService.Core.Search.Queries;
using SearchService.Core.Search;

namespace SearchService.Api.Security;

/// <summary>
/// Weighs the rate limit by cost: each request is metered (<see cref="WorkMeter"/>) and, when done, takes
/// one more permit from its client's bucket per <see cref="RateLimitingOptions.WorkUnitsPerPermit"/> units
/// of expansion work it spent (near-spelling and other-diacritics lookups), as far as the bucket holds
/// them. A client sending rare or misspelt words so runs out sooner than one sending common words; a
/// request answered from the result cache spends nothing.
/// </summary>
internal static class WorkCharge
{
    /// <summary>After the rate limiter, so a refused request is not metered.</summary>
    public static IApplicationBuilder UseWorkCharge(this IApplicationBuilder app)
    {
        var limiter = app.ApplicationServices.GetRequiredService<IOptions<RateLimiterOptions>>().Value.GlobalLimiter;
        var perPermit = app.ApplicationServices.GetRequiredService<IOptions<RateLimitingOptions>>().Value.WorkUnitsPerPermit;
        return app.Use(async (context, next) =>
        {
            var meter = new WorkMeter();
            WorkMeter.Current = meter;
            try
            {
                await next(context);
            }
            finally
            {
                WorkMeter.Current = null;
                if (limiter is not null)
                {
                    Charge(limiter, context, meter.Units / perPermit);
                }
            }
        });
    }

    // A token bucket refuses, without taking any, a request for more permits than it holds: take what is
    // left, so the client waits for the bucket to refill.
    private static void Charge(PartitionedRateLimiter<HttpContext> limiter, HttpContext context, int permits)
    {
        var available = limiter.GetStatistics(context)?.CurrentAvailablePermits ?? 0;
        var taken = (int)Math.Min(permits, available);
        if (taken > 0)
        {
            limiter.AttemptAcquire(context, taken).Dispose();
        }
    }
}
