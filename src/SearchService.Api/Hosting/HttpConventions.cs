using System.Text.Encodings.Web;

namespace SearchService.Api.Hosting;

/// <summary>How the API speaks HTTP, for every endpoint: errors as ProblemDetails (a bad parameter 400,
/// an unreadable index 503), JSON with Swedish letters unescaped, OpenAPI, and CORS for GET.</summary>
internal static class HttpConventions
{
    public const string CorsSection = "Cors:AllowedOrigins";

    public static WebApplicationBuilder AddHttpConventions(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        // A parameter that does not bind (page=abc) is the caller's error: 400 saying which, not a bare status.
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddProblemDetails(o => o.CustomizeProblemDetails = context =>
        {
            if (context.Exception is BadHttpRequestException bad)
            {
                context.ProblemDetails.Title = "The request is not valid.";
                context.ProblemDetails.Detail = bad.Message;
            }
        });
        services.AddOpenApi();
        // Responses are JSON for programs; Swedish letters and <mark> stay readable rather than \u-escaped.
        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
            o.SerializerOptions.TypeInfoResolverChain.Insert(0, AnswerJson.Default);
        });
        var origins = builder.Configuration.GetSection(CorsSection).Get<string[]>() ?? ["*"];
        services.AddCors(cors => cors.AddDefaultPolicy(policy =>
        {
            if (origins.Contains("*"))
            {
                policy.AllowAnyOrigin();
            }
            else
            {
                policy.WithOrigins(origins);
            }
            policy.WithMethods("GET").AllowAnyHeader();
        }));
        return builder;
    }

    public static WebApplication UseHttpConventions(this WebApplication app)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            // An index that cannot be read is the service being unavailable, not a bug: 503 lets a balancer route elsewhere.
            StatusCodeSelector = e => e switch
            {
                BadHttpRequestException bad => bad.StatusCode,
                ObjectDisposedException or IOException => StatusCodes.Status503ServiceUnavailable,
                _ => StatusCodes.Status500InternalServerError,
            },
        });
        app.UseStatusCodePages();
        app.UseCors();
        return app;
    }
}
