namespace SearchService.Api.Security;

/// <summary>
/// Refuses to start with a weak <c>Security:ApiKey</c>: shorter than <see cref="MinimumLength"/>
/// characters, or a placeholder from an example (<c>change-me</c>, the <c>.http</c> file's). Any
/// non-empty key used to be accepted, so a copied example was a working key to the write API.
/// No key at all stays allowed: it turns the write API off.
/// </summary>
internal static class ApiKeyStrength
{
    public const int MinimumLength = 32;

    /// <summary>Exit code of a service refusing to start with a weak key.</summary>
    public const int WeakKeyExitCode = 3;

    private static readonly string[] Placeholders =
        ["change-me", "changeme", "change_me", "placeholder", "your-api-key", "your-key", "secret", "password", "example", "api-key", "apikey", "xxxx"];

    /// <summary>Why <paramref name="key"/> is too weak to serve with, or null when it will do (or is not set).</summary>
    public static string? Problem(string? key)
    {
        if (string.IsNullOrEmpty(key))
        {
            return null;
        }
        if (key.Length < MinimumLength)
        {
            return $"{ApiKeyFilter.ConfigurationKey} is {key.Length} characters long; use at least {MinimumLength} random characters (e.g. `openssl rand -base64 32`).";
        }
        var lower = key.ToLowerInvariant();
        if (Placeholders.FirstOrDefault(p => lower.Contains(p, StringComparison.Ordinal)) is { } placeholder)
        {
            return $"{ApiKeyFilter.ConfigurationKey} contains the placeholder \"{placeholder}\"; use a random key (e.g. `openssl rand -base64 32`).";
        }
        return key.Distinct().Count() < 8 ? $"{ApiKeyFilter.ConfigurationKey} repeats a few characters; use a random key (e.g. `openssl rand -base64 32`)." : null;
    }

    /// <summary>False, after logging why and flushing the log, when the configured key is weak.</summary>
    public static bool HasUsableApiKey(this WebApplication app)
    {
        if (Problem(app.Configuration[ApiKeyFilter.ConfigurationKey]) is not { } problem)
        {
            return true;
        }
        app.Logger.LogCritical("Refusing to start: {Problem} Without a key the write API is off.", problem);
        ((IDisposable)app).Dispose();
        return false;
    }
}
