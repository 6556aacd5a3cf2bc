using System.Text;

namespace SearchService.Api.Security;

/// <summary>
/// Refuses a query string whose %-escapes are malformed (<c>%zz</c>) or decode to bytes that are
/// not UTF-8 (<c>%FF</c>). ASP.NET Core leaves such escapes in the value as literal text, so without
/// this the API would search for "%FF" and answer 200 to what is a broken client.
/// </summary>
internal static class QueryStringEncodingGuard
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static IApplicationBuilder UseQueryStringEncodingGuard(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var errors = Check(context.Request.QueryString.Value);
            if (errors.Count == 0)
            {
                await next(context);
                return;
            }
            await TypedResults.ValidationProblem(errors, title: "The query string is not valid percent-encoded UTF-8.").ExecuteAsync(context);
        });

    /// <summary>Messages per parameter name for every parameter that is not well-formed.</summary>
    public static Dictionary<string, string[]> Check(string? rawQuery)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrEmpty(rawQuery))
        {
            return errors;
        }
        foreach (var pair in rawQuery.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var rawName = equals < 0 ? pair : pair[..equals];
            var decodedName = Decode(rawName);
            var name = decodedName ?? "(query string)";
            if (decodedName is null || (equals >= 0 && Decode(pair[(equals + 1)..]) is null))
            {
                errors[name] = [$"The value of {name} is not valid percent-encoded UTF-8: encode every byte of its UTF-8 form as %XX (a browser and encodeURIComponent do)."];
            }
        }
        return errors;
    }

    // Null when a '%' is not followed by two hex digits or the bytes are not UTF-8.
    private static string? Decode(string raw)
    {
        var bytes = new List<byte>(raw.Length);
        for (var i = 0; i < raw.Length; i++)
        {
            var c = raw[i];
            if (c == '%')
            {
                if (i + 2 >= raw.Length || !Uri.IsHexDigit(raw[i + 1]) || !Uri.IsHexDigit(raw[i + 2]))
                {
                    return null;
                }
                bytes.Add((byte)Convert.ToInt32(raw.Substring(i + 1, 2), 16));
                i += 2;
            }
            else
            {
                bytes.AddRange(Encoding.UTF8.GetBytes(c == '+' ? " " : c.ToString()));
            }
        }
        try
        {
            return StrictUtf8.GetString(bytes.ToArray());
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }
}
