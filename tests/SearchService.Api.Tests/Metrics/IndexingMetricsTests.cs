using System.Net;

namespace SearchService.Api.Tests.Metrics;

[Collection(MetricsCollection.Name)]
public class IndexingMetricsTests(DocumentApiFactory factory) : IClassFixture<DocumentApiFactory>
{
    [Fact]
    public async Task A_reindex_counts_one_run_and_the_files_it_skipped_by_reason()
    {
        File.WriteAllText(Path.Combine(factory.SourcePath, "kalkyl.pdf"), "detta är ingen PDF");
        File.WriteAllBytes(Path.Combine(factory.SourcePath, "trasig.txt"), [0x66, 0xFF, 0xFE, 0x20]);
        var client = factory.CreateWriter();
        var before = await client.GetStringAsync("/metrics");

        var response = await client.PostAsync("/api/admin/reindex", null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var after = await client.GetStringAsync("/metrics");

        Assert.True(Moved(before, after, "searchservice_indexing_runs_total", "outcome=\"succeeded\"", "trigger=\"reindex\"") >= 1);
        Assert.True(Moved(before, after, "searchservice_indexing_files_skipped_total", "reason=\"unsupported_format\"") >= 1);
        Assert.True(Moved(before, after, "searchservice_indexing_files_skipped_total", "reason=\"unreadable\"") >= 1);
    }

    private static double Moved(string before, string after, string name, params string[] labels) =>
        (PrometheusText.Sum(after, name, labels) ?? 0) - (PrometheusText.Sum(before, name, labels) ?? 0);
}
