using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using CsvHelper;
using SearchService.Api.Follow;
using SearchService.Api.Tests.Regions;
using SearchService.Core.Search;

namespace SearchService.Api.Tests.Follow;

public class ExportEndpointTests(MunicipalApiFactory factory) : IClassFixture<MunicipalApiFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task The_export_holds_every_match_with_its_text_as_indexed_escaped_for_csv()
    {
        var search = await client.GetFromJsonAsync<SearchResult>("/api/search?q=vård*&pageSize=100");
        Assert.NotNull(search);
        var response = await client.GetAsync("/api/search/export?q=vård*&format=csv", HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Null(response.Content.Headers.ContentLength);

        var rows = await ReadAsync(response);
        Assert.Equal(search.Total, rows.Count);
        Assert.Equal(rows.Count, rows.Select(r => r["id"]).Distinct().Count());
        var texts = search.Hits.ToDictionary(h => h.Id, h => h.Text);
        Assert.All(rows.Where(r => texts.ContainsKey(r["id"])), r => Assert.Equal(texts[r["id"]], r["text"]));
        var umeå = rows.Single(r => r["text"].Contains("\"trygg hemgång\"", StringComparison.Ordinal));
        Assert.Equal(("umea-hemsjukvard", "Västerbotten", "Umeå", "2025-01-20"), (umeå["document"], umeå["region"], umeå["municipality"], umeå["date"]));
    }

    [Fact]
    public async Task A_query_that_search_relaxes_exports_the_same_matches()
    {
        var search = await client.GetFromJsonAsync<SearchResult>("/api/search?q=vårdplatser korttidsboendet&pageSize=100");
        Assert.NotNull(search);
        Assert.NotNull(search.AllWordsTotal);
        var rows = await ReadAsync(await client.GetAsync("/api/search/export?q=vårdplatser korttidsboendet"));
        Assert.Equal(search.Hits.Select(h => h.Id).Order(), rows.Select(r => r["id"]).Order());
    }

    [Fact]
    public async Task Filters_apply_to_the_export()
    {
        var rows = await ReadAsync(await client.GetAsync("/api/search/export?q=vårdplatser&municipality=Malmö%20stad"));
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Equal("malmo-korttid", r["document"]));
    }

    [Theory]
    [InlineData("/api/search/export", "q")]
    [InlineData("/api/search/export?q=v%C3%A5rd&format=xlsx", "format")]
    [InlineData("/api/search/export?q=och%20att", "q")]
    public async Task Bad_input_is_a_400_problem(string url, string parameter) =>
        await Problems.AssertBadRequestAsync(await client.GetAsync(url), parameter);

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a, b", "\"a, b\"")]
    [InlineData("sa \"hej\"", "\"sa \"\"hej\"\"\"")]
    [InlineData("två\nrader", "\"två\nrader\"")]
    [InlineData("=SUM(A1:A9)", "'=SUM(A1:A9)")]
    [InlineData("@cmd", "'@cmd")]
    [InlineData("-1+1, ja", "\"'-1+1, ja\"")]
    public void A_field_is_quoted_when_it_must_be_and_never_runs_as_a_formula(string value, string written) =>
        Assert.Equal(written + ",\r\n", CsvExport.Line([value, null]));

    [Fact]
    public void Exports_beyond_the_limit_wait_for_a_slot()
    {
        using var gate = new ExportGate(1);
        var first = gate.TryEnter();
        Assert.NotNull(first);
        Assert.Null(gate.TryEnter());
        first.Dispose();
        first.Dispose();
        using var second = gate.TryEnter();
        Assert.NotNull(second);
        Assert.Null(gate.TryEnter());
    }

    internal static async Task<List<Dictionary<string, string>>> ReadAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
        using var csv = new CsvReader(reader, CultureInfo.InvariantCulture);
        var rows = new List<Dictionary<string, string>>();
        await csv.ReadAsync();
        csv.ReadHeader();
        Assert.Equal(CsvExport.Header, csv.HeaderRecord);
        while (await csv.ReadAsync())
        {
            rows.Add(CsvExport.Header.ToDictionary(h => h, h => csv.GetField(h) ?? ""));
        }
        return rows;
    }
}

public class LargeExportTests(ManyMatchesApiFactory factory) : IClassFixture<ManyMatchesApiFactory>
{
    [Fact]
    public async Task The_export_goes_past_the_searchs_10000_hit_window()
    {
        var client = factory.CreateClient();
        var tooDeep = await client.GetAsync("/api/search?q=vårdplatser&page=101&pageSize=100");
        Assert.Equal(HttpStatusCode.BadRequest, tooDeep.StatusCode);

        var rows = await ExportEndpointTests.ReadAsync(await client.GetAsync("/api/search/export?q=vårdplatser", HttpCompletionOption.ResponseHeadersRead));
        Assert.Equal(ManyMatchesApiFactory.Paragraphs, rows.Count(r => r["text"].StartsWith("Punkt ", StringComparison.Ordinal)));
        Assert.Equal("Punkt 10050: fler vårdplatser, sa \"nämnden\".", rows[^1]["text"]);
    }
}
