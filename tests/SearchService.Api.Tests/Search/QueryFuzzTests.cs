using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json;
using FsCheck.Xunit;

namespace SearchService.Api.Tests.Search;

/// <summary>Hostile and random input through the real pipeline over the seed index: every answer is a 200
/// or a 400 ProblemDetails, never a 5xx, each within a generous bound (a hang or a runaway query, not speed).</summary>
public class QueryFuzzTests(SearchApiFactory factory) : IClassFixture<SearchApiFactory>
{
    private static readonly TimeSpan PerRequestBound = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Eight_thousand_adversarial_and_random_queries_get_a_200_or_a_400_problem()
    {
        var urls = NastyQueries.Urls(count: 8_000, seed: 5);
        var failures = new ConcurrentQueue<string>();
        var answered = new ConcurrentDictionary<HttpStatusCode, int>();
        // The factory starts its server on first use, and that start is not safe from four threads at once.
        Assert.NotNull(factory.Server);
        await Parallel.ForEachAsync(urls, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (url, cancel) =>
        {
            var problem = await Check(url, cancel);
            if (problem.Failure is not null)
            {
                failures.Enqueue(problem.Failure);
            }
            answered.AddOrUpdate(problem.Status, 1, (_, n) => n + 1);
        });
        Assert.Empty(failures);
        // The corpus must exercise both paths, or it tests less than it claims.
        Assert.True(answered.GetValueOrDefault(HttpStatusCode.OK) > 1_000, $"200s: {answered.GetValueOrDefault(HttpStatusCode.OK)}");
        Assert.True(answered.GetValueOrDefault(HttpStatusCode.BadRequest) > 1_000, $"400s: {answered.GetValueOrDefault(HttpStatusCode.BadRequest)}");
    }

    [Property(MaxTest = 2_500)]
    public void Any_generated_parameters_get_a_200_or_a_400_problem(string? q, string? region, int page, int pageSize)
    {
        var url = "/api/search?q=" + NastyQueries.Encode(q ?? "")
            + (region is null ? "" : "&region=" + NastyQueries.Encode(region))
            + "&page=" + page.ToString(CultureInfo.InvariantCulture)
            + "&pageSize=" + pageSize.ToString(CultureInfo.InvariantCulture);
        var (_, failure) = Check(url, CancellationToken.None).GetAwaiter().GetResult();
        Assert.Null(failure);
    }

    private async Task<(HttpStatusCode Status, string? Failure)> Check(string url, CancellationToken cancel)
    {
        var stopwatch = Stopwatch.StartNew();
        var answer = await RawRequest.GetAsync(factory, url, cancel);
        stopwatch.Stop();
        if (answer.Status is not (HttpStatusCode.OK or HttpStatusCode.BadRequest))
        {
            return (answer.Status, $"{url}: {(int)answer.Status} {answer.Body}");
        }
        if (stopwatch.Elapsed > PerRequestBound)
        {
            return (answer.Status, $"{url}: took {stopwatch.Elapsed.TotalSeconds:F1} s");
        }
        if (answer.Status == HttpStatusCode.BadRequest && !IsProblemNamingAParameter(answer))
        {
            return (answer.Status, $"{url}: 400 without a problem naming a parameter: {answer.Body}");
        }
        return (answer.Status, null);
    }

    private static bool IsProblemNamingAParameter(RawRequest.Answer answer)
    {
        if (answer.MediaType != "application/problem+json")
        {
            return false;
        }
        using var json = JsonDocument.Parse(answer.Body);
        var root = json.RootElement;
        // A value that does not bind (page=abc) is named in the detail; everything else in errors.
        return root.TryGetProperty("errors", out var errors) ? errors.EnumerateObject().Any()
            : root.TryGetProperty("detail", out var detail) && !string.IsNullOrWhiteSpace(detail.GetString());
    }
}
