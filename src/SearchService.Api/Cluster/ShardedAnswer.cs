using System.Reflection;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Metadata;
using SearchService.Cluster.Coordination;

namespace SearchService.Api.Cluster;

/// <summary>The single node's JSON answer plus <c>partial</c>, <c>missingShards</c> and <c>generations</c>. Its
/// value is the merged result, so filters that count answers (<see cref="Metrics.SearchCountFilter"/>) count the
/// coordinator's as they count the single node's.</summary>
internal sealed class ShardedAnswer<T>(ShardedResult<T> sharded, JsonSerializerOptions json) : IResult, IValueHttpResult, IStatusCodeHttpResult, IEndpointMetadataProvider
    where T : class
{
    public object? Value => sharded.Result;

    public int? StatusCode => StatusCodes.Status200OK;

    // The OpenAPI document describes the answer as the single node's (the three added fields aside).
    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(T), ["application/json"]));

    public Task ExecuteAsync(HttpContext context)
    {
        var body = JsonSerializer.SerializeToNode(sharded.Result, json)!.AsObject();
        body["partial"] = sharded.Partial;
        body["missingShards"] = JsonSerializer.SerializeToNode(sharded.MissingShards, json);
        body["generations"] = JsonSerializer.SerializeToNode(sharded.Generations, json);
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = "application/json; charset=utf-8";
        return context.Response.WriteAsync(body.ToJsonString(json), context.RequestAborted);
    }
}
