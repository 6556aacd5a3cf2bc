using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using SearchService.Core.Indexing;
using SearchService.Core.Search;
using SearchService.Tests;

namespace SearchService.Api.Tests.Hosting;

public class LiveReindexTests
{
    // The service looks for a new commit every RefreshInterval; a re-index is served within that interval of its
    // commit. The test allows generous slack on top because the machine is shared.
    private static readonly TimeSpan RefreshInterval = TimeSpan.FromMilliseconds(250);
    private static readonly TimeSpan Slack = TimeSpan.FromSeconds(5);
    private const string NewWord = "zebrakorsningar";

    [Fact]
    public async Task Queries_during_re_indexing_never_fail_and_switch_to_the_new_content_within_the_refresh_interval()
    {
        using var seedsPlusNews = SourcesWithNews();
        using var factory = new SearchApiFactory();
        using var served = factory.WithWebHostBuilder(b => b.UseSetting("Search:RefreshIntervalSeconds", RefreshInterval.TotalSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var client = served.CreateClient();
        var seedTotal = (await client.GetFromJsonAsync<SearchResult>("/api/search?q=vårdplatser"))!.Total;

        var failures = new ConcurrentQueue<string>();
        var answers = 0;
        using var stop = new CancellationTokenSource();
        var readers = Enumerable.Range(0, 3).Select(_ => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                var response = await client.GetAsync("/api/search?q=vårdplatser");
                var result = response.StatusCode == HttpStatusCode.OK ? await response.Content.ReadFromJsonAsync<SearchResult>() : null;
                // Both versions of the index hold the same vårdplatser paragraphs: any other total is a half-built index.
                if (result?.Total != seedTotal)
                {
                    failures.Enqueue($"{response.StatusCode}, total {result?.Total}");
                }
                Interlocked.Increment(ref answers);
            }
        })).ToArray();

        var toNews = await ReindexAndWait(factory.IndexPath, seedsPlusNews.Path, client, expectNewWord: true);
        var back = await ReindexAndWait(factory.IndexPath, RepositoryPaths.Seeds, client, expectNewWord: false);
        await stop.CancelAsync();
        await Task.WhenAll(readers);

        Assert.Empty(failures);
        Assert.True(answers > 20, $"only {answers} queries ran during the re-indexing");
        Assert.True(toNews < RefreshInterval + Slack, $"new content served {toNews.TotalSeconds:F2} s after the commit");
        Assert.True(back < RefreshInterval + Slack, $"old content served {back.TotalSeconds:F2} s after the commit");
    }

    // Time from the re-index's commit until the service answers from it.
    private static async Task<TimeSpan> ReindexAndWait(string indexPath, string sourcePath, HttpClient client, bool expectNewWord)
    {
        await Task.Run(() => IndexUpdater.Rebuild(sourcePath, indexPath));
        var committed = Stopwatch.StartNew();
        while (committed.Elapsed < RefreshInterval + Slack + Slack)
        {
            var found = (await client.GetFromJsonAsync<SearchResult>("/api/search?q=" + NewWord))!.Total > 0;
            if (found == expectNewWord)
            {
                return committed.Elapsed;
            }
            await Task.Delay(20);
        }
        return committed.Elapsed;
    }

    private static TemporaryFolder SourcesWithNews()
    {
        var folder = new TemporaryFolder();
        foreach (var seed in Directory.EnumerateFiles(RepositoryPaths.Seeds))
        {
            File.Copy(seed, Path.Combine(folder.Path, Path.GetFileName(seed)));
        }
        File.WriteAllText(Path.Combine(folder.Path, "nyhet.txt"), $"Trafiknytt\n\nRegionen bygger fler {NewWord} vid skolorna i år.\n");
        return folder;
    }
}
