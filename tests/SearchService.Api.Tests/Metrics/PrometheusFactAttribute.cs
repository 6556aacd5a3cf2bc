using SearchService.Api.Tests.Web;

namespace SearchService.Api.Tests.Metrics;

/// <summary>A test that runs Debian's Prometheus. Without it the test is skipped with the reason on a developer machine,
/// but runs (and fails) in CI, where a missing Prometheus is a broken set-up.</summary>
public sealed class PrometheusFactAttribute : FactAttribute
{
    public PrometheusFactAttribute()
    {
        if (!PrometheusServer.IsInstalled && !Browser.IsCi)
        {
            Skip = $"Prometheus is not installed at {PrometheusServer.BinaryPath}: scrape test skipped. Install it with `apt-get install prometheus` (as .ci/run does); with CI=true it fails instead.";
        }
    }
}
