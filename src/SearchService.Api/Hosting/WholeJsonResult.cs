using System.Buffers;
using System.Reflection;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Extensions.Options;

namespace SearchService.Api.Hosting;

/// <summary>
/// A 200 whose JSON is written into pooled memory first and then sent in one write with its
/// <c>Content-Length</c>. <c>TypedResults.Ok</c> serialises into the response as it goes, and the serializer
/// flushes every few kilobytes: a page of ten hits left as seven chunked writes, each a system call here and
/// a chunk for the client to parse. The bytes are the same: the HTTP JSON options (encoder, generated
/// serialization code) write them.
/// </summary>
public sealed class WholeJsonResult<T>(T value) : IResult, IValueHttpResult, IValueHttpResult<T>, IStatusCodeHttpResult, IEndpointMetadataProvider
{
    /// <inheritdoc />
    public T Value => value;

    object? IValueHttpResult.Value => value;

    /// <inheritdoc />
    public int? StatusCode => StatusCodes.Status200OK;

    /// <summary>The OpenAPI document describes the answer as <typeparamref name="T"/>, as for <c>Ok&lt;T&gt;</c>.</summary>
    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(T), ["application/json"]));

    /// <inheritdoc />
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var options = httpContext.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        using var body = new PooledBytes();
        using (var writer = new Utf8JsonWriter(body, new JsonWriterOptions { Encoder = options.Encoder, Indented = options.WriteIndented, SkipValidation = true }))
        {
            JsonSerializer.Serialize(writer, value, TypeInfo(options));
        }
        var response = httpContext.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "application/json; charset=utf-8";
        response.ContentLength = body.WrittenCount;
        await response.Body.WriteAsync(body.WrittenMemory, httpContext.RequestAborted);
    }

    // The generated code's own type information when it has the type: under its own options it writes each value
    // directly (its fast path), where under the HTTP options, whose encoder it does not support, every value went
    // through the serializer's converters (a 12 KB search answer 26 -> 19 µs, bench/RESULTS.md "Stop 35"). The
    // writer carries the HTTP options' encoder, so the bytes are the same.
    private static System.Text.Json.Serialization.Metadata.JsonTypeInfo TypeInfo(JsonSerializerOptions options) =>
        AnswerJson.Default.GetTypeInfo(typeof(T)) ?? options.GetTypeInfo(typeof(T));

    // A growing buffer rented from the shared pool and returned when the answer is sent.
    private sealed class PooledBytes : IBufferWriter<byte>, IDisposable
    {
        private byte[] buffer = ArrayPool<byte>.Shared.Rent(16 * 1024);

        public int WrittenCount { get; private set; }

        public ReadOnlyMemory<byte> WrittenMemory => buffer.AsMemory(0, WrittenCount);

        public void Advance(int count) => WrittenCount += count;

        public Memory<byte> GetMemory(int sizeHint = 0)
        {
            Reserve(sizeHint);
            return buffer.AsMemory(WrittenCount);
        }

        public Span<byte> GetSpan(int sizeHint = 0)
        {
            Reserve(sizeHint);
            return buffer.AsSpan(WrittenCount);
        }

        public void Dispose() => ArrayPool<byte>.Shared.Return(buffer);

        // Reserved before the buffer is sliced: growing replaces it.
        private void Reserve(int sizeHint)
        {
            var needed = WrittenCount + Math.Max(sizeHint, 1);
            if (needed > buffer.Length)
            {
                var larger = ArrayPool<byte>.Shared.Rent(Math.Max(needed, buffer.Length * 2));
                buffer.AsSpan(0, WrittenCount).CopyTo(larger);
                ArrayPool<byte>.Shared.Return(buffer);
                buffer = larger;
            }
        }
    }
}
