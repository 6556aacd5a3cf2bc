using Microsoft.AspNetCore.Http.Metadata;

namespace SearchService.Api.Metrics;

/// <summary>What an endpoint answered, for the filters that count answers.</summary>
internal static class EndpointResults
{
    /// <summary>The result inside a <c>Results&lt;…&gt;</c> union (or the result itself).</summary>
    public static object? Innermost(object? result)
    {
        while (result is INestedHttpResult nested)
        {
            result = nested.Result;
        }
        return result;
    }
}
