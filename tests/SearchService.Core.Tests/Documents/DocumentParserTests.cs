using SearchService.Core.Documents;
using SearchService.Tests;

namespace SearchService.Core.Tests.Documents;

public class DocumentParserTests
{
    private static ParsedDocument ParseSeed(string prefix, MetadataOverride? entry = null)
    {
        var path = RepositoryPaths.Seed(prefix);
        return DocumentParser.Parse(new SourceDocument(Path.GetFileNameWithoutExtension(path), Path.GetFileName(path), File.ReadAllText(path)), entry);
    }

    [Theory]
    [InlineData("001", "2023-06-13")]
    [InlineData("002", "2017-10-03")]
    [InlineData("003", "2019-11-12")]
    [InlineData("000", null)]
    [InlineData("004", null)]
    public void Dates_stated_near_the_top_are_found(string seed, string? date) =>
        Assert.Equal(date, ParseSeed(seed).Metadata.Date?.ToString("yyyy-MM-dd"));

    [Theory]
    [InlineData("002", "Landsting och regioner utbytte erfarenheter")]
    [InlineData("003", "Stärker primärvården med 30 miljoner")]
    public void The_title_skips_the_publisher_line(string seed, string title) =>
        Assert.Equal(title, ParseSeed(seed).Metadata.Title);

    [Fact]
    public void The_markdown_heading_is_the_title_of_the_reply() =>
        Assert.StartsWith("Svar på revisionsrapport om Granskning av våld i nära relationer", ParseSeed("001").Metadata.Title, StringComparison.Ordinal);

    [Fact]
    public void An_override_replaces_detected_fields_and_keeps_the_rest()
    {
        var parsed = ParseSeed("002", new MetadataOverride(Region: "skåne", Date: "2018-01-02"));
        Assert.Equal("Skåne", parsed.Metadata.Region);
        Assert.Equal(new DateOnly(2018, 1, 2), parsed.Metadata.Date);
        Assert.Equal("Landsting och regioner utbytte erfarenheter", parsed.Metadata.Title);
    }

    [Fact]
    public void An_empty_region_override_clears_the_region() =>
        Assert.Null(ParseSeed("000", new MetadataOverride(Region: "")).Metadata.Region);
}
