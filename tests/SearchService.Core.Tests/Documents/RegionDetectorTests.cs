using SearchService.Core.Documents;
using SearchService.Tests;

namespace SearchService.Core.Tests.Documents;

public class RegionDetectorTests
{
    [Theory]
    [InlineData("000", "Skåne")]
    [InlineData("001", "Värmland")]
    [InlineData("002", null)]
    [InlineData("003", "Östergötland")]
    [InlineData("004", "Västernorrland")]
    public void Each_seed_gets_its_region(string seed, string? region) =>
        Assert.Equal(region, RegionDetector.Detect(File.ReadAllText(RepositoryPaths.Seed(seed))).Region);

    [Fact]
    public void A_national_item_keeps_the_regions_it_mentions()
    {
        var detection = RegionDetector.Detect(File.ReadAllText(RepositoryPaths.Seed("002")));
        Assert.Equal(["Jämtland Härjedalen", "Norrbotten", "Skåne", "Värmland", "Västerbotten"], detection.Mentioned.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("Ett möte i Uppsala och i Stockholm.", null)]
    [InlineData("Region Uppsala satsar på vården.", "Uppsala")]
    [InlineData("De värmländska kommunerna och Region Värmland.", "Värmland")]
    [InlineData("Skånes och Hallands sjukhus.", null)]
    [InlineData("Inget om någon region alls.", null)]
    public void Genitive_adjective_and_city_forms_are_weighed(string text, string? region) =>
        Assert.Equal(region, RegionDetector.Detect(text).Region);

    // A mention is told apart once and then known by its letters: case and white space must not change its region
    // or its weight, and a mention too long to remember is told apart each time.
    [Theory]
    [InlineData("Region Skåne och Hallands sjukhus.")]
    [InlineData("REGION SKÅNE och Hallands sjukhus.")]
    [InlineData("region\tskåne och Hallands sjukhus.")]
    [InlineData("Region  \n Skåne och Hallands sjukhus.")]
    public void A_mention_weighs_the_same_whatever_its_case_and_spacing(string text)
    {
        var detection = RegionDetector.Detect(text);
        Assert.Equal("Skåne", detection.Region);
        Assert.Equal(["Skåne", "Halland"], detection.Mentioned);
    }

    [Fact]
    public void A_mention_with_a_long_run_of_white_space_is_still_counted()
    {
        var detection = RegionDetector.Detect("Region" + new string(' ', 80) + "Värmland och Hallands sjukhus.");
        Assert.Equal("Värmland", detection.Region);
    }
}
