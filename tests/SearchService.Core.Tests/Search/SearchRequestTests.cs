using SearchService.Core.Search;

namespace SearchService.Core.Tests.Search;

// The filters are one map by facet field; the named filters are views of it, so requests built either
// way are the same request (and the same cache key).
public class SearchRequestTests
{
    [Fact]
    public void Named_filters_and_the_map_are_one_request()
    {
        var named = new SearchRequest("vård", "Skåne", Organisation: "Region Skåne", Year: 2023, Municipality: "Malmö");
        var mapped = new SearchRequest("vård", Filters: new Dictionary<string, string>
        {
            ["municipality"] = "Malmö", ["year"] = "2023", ["organisation"] = "Region Skåne", ["region"] = "Skåne",
        });

        Assert.Equal(named, mapped);
        Assert.Equal(named.GetHashCode(), mapped.GetHashCode());
        Assert.Equal(("Skåne", 2023, "Malmö", (string?)null), (mapped.Region, mapped.Year, mapped.Municipality, mapped.DocumentType));
        Assert.Equal(["municipality", "organisation", "region", "year"], named.Filters.Keys);
    }

    [Fact]
    public void Setting_a_named_filter_changes_only_the_copy_and_blank_removes_it()
    {
        var request = new SearchRequest("vård", "Skåne", Filters: new Dictionary<string, string> { ["committee"] = "Regionstyrelsen", ["documentType"] = " " });
        var anywhere = request with { Region = null };

        Assert.Equal("Skåne", request.Region);
        Assert.Null(anywhere.Region);
        Assert.Equal(["committee"], anywhere.Filters.Keys);
        Assert.NotEqual(request, anywhere);
        Assert.Equal(request, anywhere with { Region = "Skåne" });
    }

    [Fact]
    public void A_request_comes_back_from_JSON_as_it_was()
    {
        var request = new SearchRequest("vård", "Skåne", Page: 2, Year: 2023, Filters: new Dictionary<string, string> { ["committee"] = "Regionstyrelsen" });

        var json = System.Text.Json.JsonSerializer.Serialize(request, System.Text.Json.JsonSerializerOptions.Web);

        Assert.Equal(request, System.Text.Json.JsonSerializer.Deserialize<SearchRequest>(json, System.Text.Json.JsonSerializerOptions.Web));
    }
}
