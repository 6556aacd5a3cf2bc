using System.Security.Cryptography;
using System.Text;

namespace SearchService.Api.Security;

/// <summary>
/// Guards endpoints that change the index. The caller must send the key from configuration
/// (<c>Security:ApiKey</c>) in the <c>X-Api-Key</c> header; keys are compared as SHA-256 hashes in
/// constant time so neither content nor length leaks through timing. With no key configured the
/// guarded endpoints are off for everyone.
/// </summary>
internal sealed class ApiKeyFilter(IConfiguration configuration) : IEndpointFilter
{
    public const string HeaderName = "X-Api-Key";
    public const string ConfigurationKey = "Security:ApiKey";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var configured = configuration[ConfigurationKey];
        if (string.IsNullOrEmpty(configured))
        {
            return TypedResults.Problem(
                title: "Changing the index is disabled on this server.",
                detail: $"No API key is configured ({ConfigurationKey}).",
                statusCode: StatusCodes.Status403Forbidden);
        }
        var given = context.HttpContext.Request.Headers[HeaderName].ToString();
        if (!Matches(given, configured))
        {
            context.HttpContext.Response.Headers.WWWAuthenticate = "ApiKey header=\"" + HeaderName + "\"";
            return TypedResults.Problem(
                title: "A valid API key is required.",
                detail: $"Send the key in the {HeaderName} header.",
                statusCode: StatusCodes.Status401Unauthorized);
        }
        return await next(context);
    }

    private static bool Matches(string given, string configured) =>
        CryptographicOperations.FixedTimeEquals(
            SHA256.HashData(Encoding.UTF8.GetBytes(given)),
            SHA256.HashData(Encoding.UTF8.GetBytes(configured)));
}

/// <summary>Marks endpoints as requiring the API key; each request to them leaves an audit line.</summary>
public static class ApiKeyEndpointExtensions
{
    public static TBuilder RequireApiKey<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter<TBuilder, WriteAudit>().AddEndpointFilter<TBuilder, ApiKeyFilter>();
}
