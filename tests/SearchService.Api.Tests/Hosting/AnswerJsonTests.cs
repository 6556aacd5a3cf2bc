using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SearchService.Core.Search;

namespace SearchService.Api.Tests.Hosting;

// The generated serializer of a search answer must write exactly what reflection over the same options
// writes: the contract the field descriptions document does not change with it.
public sealed class AnswerJsonTests(SearchApiFactory factory) : IClassFixture<SearchApiFactory>
{
    [Theory]
    [InlineData("vårdplatser", null)]
    [InlineData("vårdplaster", null)]
    [InlineData("hälso- och sjukvård", "Skåne")]
    [InlineData("vårdplats personal tolk", null)]
    public void A_search_answer_is_written_as_reflection_writes_it(string query, string? region)
    {
        var served = factory.Services.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        var reflection = new JsonSerializerOptions(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        var answer = factory.Services.GetRequiredService<ParagraphSearcher>().Search(new SearchRequest(query, region));

        Assert.Equal(JsonSerializer.Serialize(answer, reflection), JsonSerializer.Serialize(answer, served));
    }
}
