using SearchService.Core.Documents;

namespace SearchService.Core.Tests.Documents;

public class SwedishRegionsTests
{
    [Theory]
    [InlineData("Skåne", "Skåne")]
    [InlineData("skane", "Skåne")]
    [InlineData(" SKÅNE ", "Skåne")]
    [InlineData("Skånes län", "Skåne")]
    [InlineData("Region Skåne", "Skåne")]
    [InlineData("Södermanland", "Sörmland")]
    [InlineData("Södermanlands län", "Sörmland")]
    [InlineData("sormland", "Sörmland")]
    [InlineData("Jämtland", "Jämtland Härjedalen")]
    [InlineData("Jämtlands län", "Jämtland Härjedalen")]
    [InlineData("jamtland/harjedalen", "Jämtland Härjedalen")]
    [InlineData("Region Jämtland Härjedalen", "Jämtland Härjedalen")]
    [InlineData("Västra Götalandsregionen", "Västra Götaland")]
    [InlineData("Västra Götalands län", "Västra Götaland")]
    [InlineData("vastra-gotaland", "Västra Götaland")]
    [InlineData("Stockholms län", "Stockholm")]
    [InlineData("Stockholmsregionen", "Stockholm")]
    [InlineData("Dalarnas län", "Dalarna")]
    [InlineData("Kopparbergs län", "Dalarna")]
    [InlineData("orebro lan", "Örebro")]
    [InlineData("Norrbottens landsting", "Norrbotten")]
    public void A_region_is_found_as_people_type_it(string typed, string region) =>
        Assert.Equal(region, SwedishRegions.Canonical(typed));

    [Theory]
    [InlineData("Narnia")]
    [InlineData("Sverige")]
    [InlineData("län")]
    [InlineData("Region")]
    public void A_name_of_no_region_finds_none(string typed) => Assert.Null(SwedishRegions.Canonical(typed));
}
