using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using SearchService.Core.Documents;
using SearchService.Core.Documents.Readers;

namespace SearchService.Api.Documents;

/// <summary>A document sent to <c>PUT /api/documents/{id}</c>, read from a multipart file upload
/// (field <c>file</c>, metadata as further form fields) or a JSON body with text and metadata.
/// Size is limited by configuration (413); the file's format comes from its name and must be
/// confirmed by its content (415); metadata is validated like <c>metadata.json</c> (400).</summary>
internal sealed record DocumentUpload(string Extension, byte[] Content, MetadataOverride? Metadata)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static async Task<(DocumentUpload? Upload, ProblemHttpResult? Problem)> ReadAsync(HttpRequest request, long maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes)
        {
            return (null, TooLarge(maxBytes));
        }
        // Stops a chunked body that declared no length at the same limit (plus room for multipart framing).
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = maxBytes + 64 * 1024;
        }
        try
        {
            if (request.HasJsonContentType())
            {
                return await ReadJsonAsync(request, maxBytes, cancellationToken);
            }
            if (request.HasFormContentType)
            {
                return await ReadFormAsync(request, maxBytes, cancellationToken);
            }
        }
        catch (Exception e) when (e is IOException or InvalidDataException && e is not BadHttpRequestException && !cancellationToken.IsCancellationRequested)
        {
            // A body that ends early or breaks multipart framing is the client's error, not the service being
            // unavailable (the exception handler's 503 for I/O errors, with a stack trace in the log).
            return (null, Invalid("body", $"The request body is incomplete or malformed: {e.Message}"));
        }
        return (null, Problem(StatusCodes.Status415UnsupportedMediaType, "Unsupported request body.",
            "Send multipart/form-data with a `file` part (PDF, DOCX, HTML, TXT, MD) or application/json with `text`."));
    }

    private static async Task<(DocumentUpload?, ProblemHttpResult?)> ReadJsonAsync(HttpRequest request, long maxBytes, CancellationToken cancellationToken)
    {
        var body = await ReadBoundedAsync(request.Body, maxBytes, cancellationToken);
        if (body is null)
        {
            return (null, TooLarge(maxBytes));
        }
        DocumentTextRequest? text;
        try
        {
            text = JsonSerializer.Deserialize<DocumentTextRequest>(body, Json);
        }
        catch (JsonException e)
        {
            return (null, Invalid("body", $"Not valid JSON: {e.Message}"));
        }
        if (string.IsNullOrWhiteSpace(text?.Text))
        {
            return (null, Invalid("text", "Give the document's text."));
        }
        var metadata = new MetadataOverride(text.Title, text.Region, text.Date, text.Organisation, text.DocumentType, text.SourceUrl);
        return WithMetadata(new DocumentUpload(".txt", Encoding.UTF8.GetBytes(text.Text), metadata));
    }

    private static async Task<(DocumentUpload?, ProblemHttpResult?)> ReadFormAsync(HttpRequest request, long maxBytes, CancellationToken cancellationToken)
    {
        var form = await request.ReadFormAsync(cancellationToken);
        var file = form.Files.GetFile("file") ?? form.Files.FirstOrDefault();
        if (file is null || file.Length == 0)
        {
            return (null, Invalid("file", "Send the document as a non-empty multipart part named `file`."));
        }
        if (file.Length > maxBytes)
        {
            return (null, TooLarge(maxBytes));
        }
        var reader = DocumentReaders.ForFileName(file.FileName);
        if (reader is null)
        {
            return (null, Problem(StatusCodes.Status415UnsupportedMediaType, "Unsupported file type.",
                $"\"{file.FileName}\" is not one of: {string.Join(", ", DocumentReaders.Extensions)}."));
        }
        using var buffer = new MemoryStream((int)file.Length);
        await file.CopyToAsync(buffer, cancellationToken);
        var content = buffer.ToArray();
        if (!reader.Recognises(content))
        {
            return (null, Problem(StatusCodes.Status415UnsupportedMediaType, "The file's content does not match its name.",
                $"\"{file.FileName}\" is named as {reader.Format} but its content is not {reader.Format}."));
        }
        string? Field(string name) => form.TryGetValue(name, out var value) ? value.ToString() : null;
        var metadata = new MetadataOverride(Field("title"), Field("region"), Field("date"), Field("organisation"), Field("documentType"), Field("sourceUrl"));
        return WithMetadata(new DocumentUpload(Path.GetExtension(file.FileName).ToLowerInvariant(), content, metadata));
    }

    private static (DocumentUpload?, ProblemHttpResult?) WithMetadata(DocumentUpload upload)
    {
        var metadata = upload.Metadata;
        if (metadata is null || metadata == new MetadataOverride())
        {
            return (upload with { Metadata = null }, null);
        }
        var problems = MetadataSidecar.Problems(metadata);
        if (problems.Count > 0)
        {
            return (null, TypedResults.Problem(new HttpValidationProblemDetails(problems.ToDictionary(p => p.Key, p => new[] { p.Value }))
            {
                Status = StatusCodes.Status400BadRequest,
                Title = "The document's metadata is not valid.",
            }));
        }
        return (upload, null);
    }

    // Null when the body is longer than the limit.
    private static async Task<byte[]?> ReadBoundedAsync(Stream body, long maxBytes, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return null;
            }
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    private static ProblemHttpResult TooLarge(long maxBytes) =>
        Problem(StatusCodes.Status413PayloadTooLarge, "The document is too large.", $"At most {maxBytes} bytes are accepted (Documents:MaxUploadBytes).");

    private static ProblemHttpResult Invalid(string field, string message) =>
        TypedResults.Problem(new HttpValidationProblemDetails(new Dictionary<string, string[]> { [field] = [message] })
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "The document request is not valid.",
        });

    public static ProblemHttpResult Problem(int status, string title, string detail) =>
        TypedResults.Problem(new ProblemDetails { Status = status, Title = title, Detail = detail });
}
