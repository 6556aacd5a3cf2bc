using SearchService.Core.Search;

namespace SearchService.Core.Tests.Search.Facets;

public class FacetFilterTests(SeedIndexFixture seeds) : IClassFixture<SeedIndexFixture>
{
    private SearchResult Search(SearchRequest request) => seeds.Searcher.Search(request with { PageSize = 100 });

    [Fact]
    public void Every_search_counts_region_organisation_document_type_year_and_municipality()
    {
        var result = Search(new SearchRequest("vård"));
        Assert.Equal(["region", "organisation", "documentType", "year", "municipality"], result.Facets.Keys);
        Assert.Contains(result.Facets["documentType"], f => f.Value == "budget");
        Assert.Contains(result.Facets["organisation"], f => f.Value == "Region Östergötland");
        Assert.Contains(result.Facets["year"], f => f.Value == "2019");
        Assert.Equal(Search(new SearchRequest("vård", DocumentType: "nyhet")).Total, result.Facets["documentType"].Single(f => f.Value == "nyhet").Count);
    }

    [Fact]
    public void Filters_combine_and_each_facet_ignores_only_its_own_filter()
    {
        var all = Search(new SearchRequest("vård"));
        var budgets = Search(new SearchRequest("vård", DocumentType: "Budget"));
        Assert.All(budgets.Hits, h => Assert.Equal("budget", h.DocumentType));
        Assert.Equal(all.Facets["documentType"], budgets.Facets["documentType"]);
        Assert.Equal(budgets.Total, budgets.Facets["region"].Sum(f => f.Count));

        var skåneBudgets = Search(new SearchRequest("vård", Region: "Skåne", DocumentType: "budget"));
        Assert.All(skåneBudgets.Hits, h => Assert.Equal(("Skåne", "Vänsterpartiet Skåne"), (h.Region, h.Organisation)));
        Assert.Equal(budgets.Facets["region"], skåneBudgets.Facets["region"]);
    }

    [Fact]
    public void Organisation_filter_ignores_case_and_year_filters_by_the_date()
    {
        var region = Search(new SearchRequest("primärvården", Organisation: "region östergötland"));
        Assert.True(region.Total > 0);
        Assert.All(region.Hits, h => Assert.Equal("Region Östergötland", h.Organisation));

        var year = Search(new SearchRequest("våld", Year: 2023));
        Assert.True(year.Total > 0);
        Assert.All(year.Hits, h => Assert.StartsWith("2023-", h.Date, StringComparison.Ordinal));
        Assert.Equal(0, Search(new SearchRequest("våld", Year: 1999)).Total);
    }
}
