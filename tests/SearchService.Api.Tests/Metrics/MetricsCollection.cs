namespace SearchService.Api.Tests.Metrics;

/// <summary>Tests that read the service's meters. OpenTelemetry listens to every meter of the name in the process,
/// and an observed instrument (cache hits, index gauges) is reported for the first host that registered it, so these
/// run when no other test host is alive.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MetricsCollection
{
    public const string Name = "Metrics";
}
