using SearchService.Core.Documents;

namespace SearchService.Core.Tests.Documents;

public class SwedishMunicipalitiesTests
{
    [Fact]
    public void There_are_290_municipalities_with_distinct_names_each_in_one_of_the_21_regions()
    {
        Assert.Equal(290, SwedishMunicipalities.All.Count);
        Assert.Equal(290, SwedishMunicipalities.All.Select(m => m.Name).Distinct().Count());
        Assert.Equal(SwedishRegions.All.Select(r => r.Name), SwedishMunicipalities.All.Select(m => m.Region).Distinct());
    }

    [Theory]
    [InlineData("Stockholm", 26)]
    [InlineData("Skåne", 33)]
    [InlineData("Västra Götaland", 49)]
    [InlineData("Gotland", 1)]
    [InlineData("Norrbotten", 14)]
    [InlineData("Jämtland Härjedalen", 8)]
    public void A_region_has_as_many_municipalities_as_its_county(string region, int count) =>
        Assert.Equal(count, SwedishMunicipalities.All.Count(m => m.Region == region));

    [Theory]
    [InlineData("Kiruna", "Kiruna", "Norrbotten")]
    [InlineData("kiruna kommun", "Kiruna", "Norrbotten")]
    [InlineData("Malmö stad", "Malmö", "Skåne")]
    [InlineData("Göteborgs Stad", "Göteborg", "Västra Götaland")]
    [InlineData("Lunds kommun", "Lund", "Skåne")]
    [InlineData("Borås", "Borås", "Västra Götaland")]
    [InlineData("umea", "Umeå", "Västerbotten")]
    [InlineData("Region Gotland", "Gotland", "Gotland")]
    [InlineData("upplands bro", "Upplands-Bro", "Stockholm")]
    [InlineData("Habo", "Habo", "Jönköping")]
    [InlineData("Håbo", "Håbo", "Uppsala")]
    [InlineData("Marks kommun", "Mark", "Västra Götaland")]
    public void A_municipality_is_found_as_people_write_it(string typed, string name, string region) =>
        Assert.Equal(new SwedishMunicipalities.Municipality(name, region), SwedishMunicipalities.Find(typed));

    [Theory]
    [InlineData("Atlantis")]
    [InlineData("kommun")]
    [InlineData("")]
    public void A_name_of_no_municipality_finds_none(string typed) => Assert.Null(SwedishMunicipalities.Find(typed));

    [Theory]
    [InlineData("Kiruna kommun\n\nKiruna kommun bygger nytt.", "Kiruna", "Kiruna kommun")]
    [InlineData("Nyhet från Malmö stad. Malmö stad och Lunds kommun samarbetar; Malmö stad betalar.", "Malmö", "Malmö stad")]
    [InlineData("Region Gotland satsar på vårdplatser.", "Gotland", "Region Gotland")]
    [InlineData("Göteborgs Stad växer.", "Göteborg", "Göteborgs Stad")]
    public void The_municipality_a_text_names_as_its_organisation_is_found(string text, string municipality, string organisation)
    {
        var found = MunicipalityDetector.Detect(text);
        Assert.NotNull(found);
        Assert.Equal(municipality, found.Value.Municipality.Name);
        Assert.Equal(organisation, found.Value.Organisation);
    }

    [Theory]
    [InlineData("Vården i Kiruna och Malmö ska bli bättre.")]
    [InlineData("Malmö stad och Lunds kommun samarbetar.")]
    [InlineData("Det ska vara kommunens ansvar, sa Kiruna.")]
    [InlineData("det kan vara kommun eller region som betalar")]
    public void A_text_that_only_mentions_places_or_names_two_alike_names_no_municipality(string text) =>
        Assert.Null(MunicipalityDetector.Detect(text));

    [Fact]
    public void A_municipal_document_gets_its_municipality_organisation_and_region()
    {
        var parsed = DocumentParser.Parse(new SourceDocument("umea", "umea.txt", "Umeå kommun\n\nHemsjukvård\n\nUmeå kommun bygger ut hemsjukvården."));
        Assert.Equal("Umeå", parsed.Metadata.Municipality);
        Assert.Equal("Umeå kommun", parsed.Metadata.Organisation);
        Assert.Equal("Västerbotten", parsed.Metadata.Region);
    }

    [Fact]
    public void A_regional_document_naming_a_municipality_stays_the_regions()
    {
        var parsed = DocumentParser.Parse(new SourceDocument("skane", "skane.txt", "Region Skåne\n\nVårdplatser\n\nRegion Skåne och Malmö stad öppnar fler vårdplatser i Skåne."));
        Assert.Null(parsed.Metadata.Municipality);
        Assert.Equal("Region Skåne", parsed.Metadata.Organisation);
        Assert.Equal("Skåne", parsed.Metadata.Region);
    }

    [Fact]
    public void An_operator_naming_a_municipality_as_organisation_makes_it_the_publisher()
    {
        var parsed = DocumentParser.Parse(new SourceDocument("x", "x.txt", "Budget\n\nVårdplatser ska bli fler."), new MetadataOverride(Organisation: "Luleå kommun"));
        Assert.Equal("Luleå", parsed.Metadata.Municipality);
        Assert.Equal("Norrbotten", parsed.Metadata.Region);
    }
}
