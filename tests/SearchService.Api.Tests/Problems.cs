using System.Net;
using System.Text.Json;

namespace SearchService.Api.Tests;

/// <summary>Checks that an answer is a 400 ProblemDetails naming the parameter at fault.</summary>
internal static class Problems
{
    public static async Task AssertBadRequestAsync(HttpResponseMessage response, string parameter)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty(parameter, out _), problem.RootElement.ToString());
    }
}
