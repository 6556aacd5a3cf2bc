using System.Reflection;
using System.Text;
using Microsoft.AspNetCore.Http.Metadata;
using SearchService.Core.Search;

namespace SearchService.Api.Follow;

/// <summary>Streams matching paragraphs as CSV (RFC 4180 quoting), flushing every few hundred rows so the
/// first rows arrive while the rest are read; disposing <c>slot</c> when done lets another export start.</summary>
public sealed class CsvExport(IAsyncEnumerable<MatchRow> rows, string fileName, IDisposable slot) : IResult, IEndpointMetadataProvider
{
    private const int RowsPerFlush = 500;

    public static readonly string[] Header = ["id", "document", "title", "region", "municipality", "date", "section", "paragraph", "text"];

    public async Task ExecuteAsync(HttpContext context)
    {
        using (slot)
        {
            var response = context.Response;
            response.ContentType = "text/csv; charset=utf-8";
            response.Headers.ContentDisposition = $"attachment; filename=\"{fileName}\"";
            // The byte-order mark tells spreadsheet programs the file is UTF-8.
            await using var writer = new StreamWriter(response.Body, new UTF8Encoding(true), leaveOpen: true);
            await writer.WriteAsync(Line(Header));
            var written = 0;
            await foreach (var row in rows.WithCancellation(context.RequestAborted))
            {
                await writer.WriteAsync(Line([row.Id, row.DocumentId, row.Title, row.Region, row.Municipality, row.Date, row.Section, row.Paragraph.ToString(System.Globalization.CultureInfo.InvariantCulture), row.Text]));
                if (++written % RowsPerFlush == 0)
                {
                    await writer.FlushAsync(context.RequestAborted);
                }
            }
        }
    }

    /// <summary>One CSV line: a field holding a comma, quote or line break is quoted with its quotes doubled;
    /// one a spreadsheet would run as a formula (starting with =, +, -, @, tab or carriage return) gets a
    /// leading apostrophe (OWASP's advice against CSV injection).</summary>
    public static string Line(IEnumerable<string?> fields) => string.Join(',', fields.Select(Field)) + "\r\n";

    private static string Field(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }
        if (value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }
        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
    }

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(string), ["text/csv"]));
}
