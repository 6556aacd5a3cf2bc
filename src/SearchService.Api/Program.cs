using SearchService.Api.Analysis;
using SearchService.Api.Documents;
using SearchService.Api.Health;
using SearchService.Api.Hosting;
using SearchService.Api.OpenApi;
using SearchService.Api.Search;
using SearchService.Api.Web;

// Settings and web assets come with the build output; data paths are taken from the working directory.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
builder.AddApiReference();
builder.AddSearchServices();

var app = builder.Build();
app.UseSearchIndex();
app.MapOpenApi();
app.MapApiReference();
app.MapSearchEndpoints();
app.MapAnalyzeEndpoints();
app.MapDocumentEndpoints();
app.MapHealthEndpoints();
app.MapWebPages();
app.Run();
