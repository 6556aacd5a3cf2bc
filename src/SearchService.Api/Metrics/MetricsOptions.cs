using System.ComponentModel.DataAnnotations;

namespace SearchService.Api.Metrics;

/// <summary>The <c>Metrics</c> configuration section: who may read <c>/metrics</c>.</summary>
public sealed class MetricsOptions
{
    public const string Section = "Metrics";

    /// <summary>Answer <c>/metrics</c> only to clients on this machine (after <c>X-Forwarded-For</c> from a known proxy).</summary>
    public bool LoopbackOnly { get; set; } = true;

    /// <summary>Serve <c>/metrics</c> only on this port, which the service then also listens on (on 127.0.0.1 when
    /// <see cref="LoopbackOnly"/>, else on all addresses); none: on the service's own addresses.</summary>
    [Range(1, 65535)]
    public int? Port { get; set; }
}
