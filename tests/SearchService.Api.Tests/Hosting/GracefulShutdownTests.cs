using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using SearchService.Api.Tests.Security;
using SearchService.Core.Search;

namespace SearchService.Api.Tests.Hosting;

public class GracefulShutdownTests
{
    [Fact]
    public async Task A_search_in_flight_when_the_host_stops_is_answered_in_full()
    {
        var arrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var seeds = new SearchApiFactory();
        var factory = seeds.WithWebHostBuilder(b => b.WithHeldRequests(arrived, TimeSpan.FromSeconds(2)));
        factory.UseKestrel(0);
        factory.StartServer();
        // A client of our own: the factory cancels the requests of clients it made when it is disposed.
        using var client = new HttpClient { BaseAddress = factory.CreateClient().BaseAddress };

        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/search?q=v%C3%A5rdplatser");
        request.Headers.Add(PipelineProbes.HoldHeader, "1");
        var inFlight = client.SendAsync(request);
        await arrived.Task.WaitAsync(TimeSpan.FromSeconds(30));
        var stopping = factory.DisposeAsync().AsTask();

        var response = await inFlight;
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<SearchResult>())!.Total > 0);
        await stopping;
        await Assert.ThrowsAnyAsync<HttpRequestException>(() => client.GetAsync("/health"));
    }
}
