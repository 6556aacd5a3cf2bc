using SearchService.Core.Documents;
using SearchService.Tests;

namespace SearchService.Core.Tests.Documents;

public class MetadataSidecarTests
{
    [Fact]
    public void Missing_sidecar_means_no_overrides()
    {
        using var folder = new TemporaryFolder();
        Assert.Empty(MetadataSidecar.Read(folder.Path));
    }

    [Fact]
    public void Entries_are_read_by_file_name()
    {
        using var folder = new TemporaryFolder();
        File.WriteAllText(Path.Combine(folder.Path, MetadataSidecar.FileName), """{ "a.txt": { "title": "T", "region": "Gotland" } }""");
        var entry = MetadataSidecar.Read(folder.Path)["a.txt"];
        Assert.Equal(new MetadataOverride("T", "Gotland"), entry);
    }

    [Fact]
    public void Fields_of_both_sidecars_are_kept_the_file_own_winning_and_applied_trimmed()
    {
        using var folder = new TemporaryFolder();
        File.WriteAllText(Path.Combine(folder.Path, MetadataSidecar.FileName), """{ "a.txt": { "fields": { "committee": "KS", "diarie": "2023/14" } } }""");
        var file = Path.Combine(folder.Path, "a.txt");
        File.WriteAllText(file + MetadataSidecar.FileSuffix, """{ "fields": { "committee": " Regionstyrelsen " } }""");

        var entry = MetadataSidecar.ForFile(file, MetadataSidecar.Read(folder.Path))!;
        var applied = MetadataSidecar.Apply(new DocumentMetadata("T", null, [], null), entry);

        Assert.Equal(new Dictionary<string, string> { ["committee"] = "Regionstyrelsen", ["diarie"] = "2023/14" }, applied.Fields);
    }

    [Theory]
    [InlineData("""{ "a.txt": { "fields": { "committee": "a\u0007b" } } }""", "fields.committee must be at most")]
    [InlineData("""{ "a.txt": { "region": "Atlantis" } }""", "unknown region")]
    [InlineData("""{ "a.txt": { "date": "13/6 2023" } }""", "yyyy-MM-dd")]
    [InlineData("""{ "a.txt": """, "not valid metadata JSON")]
    [InlineData("""{ "a.txt": { "sourceUrl": "javascript:alert(1)" } }""", "not an absolute http(s) URL")]
    public void Invalid_sidecars_are_rejected_with_a_message(string json, string message)
    {
        using var folder = new TemporaryFolder();
        File.WriteAllText(Path.Combine(folder.Path, MetadataSidecar.FileName), json);
        var error = Assert.Throws<InvalidDataException>(() => MetadataSidecar.Read(folder.Path));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_s_own_meta_json_wins_field_by_field_over_metadata_json()
    {
        using var folder = new TemporaryFolder();
        File.WriteAllText(Path.Combine(folder.Path, MetadataSidecar.FileName), """{ "plan.pdf": { "title": "Från mappen", "organisation": "Region Halland", "documentType": "budget" } }""");
        var file = Path.Combine(folder.Path, "plan.pdf");
        File.WriteAllText(file + MetadataSidecar.FileSuffix, """{ "documentType": "Motion", "sourceUrl": "https://example.se/plan.pdf" }""");
        var entry = MetadataSidecar.ForFile(file, MetadataSidecar.Read(folder.Path));
        Assert.Equal(new MetadataOverride("Från mappen", null, null, "Region Halland", "Motion", "https://example.se/plan.pdf"), entry);
    }

    [Fact]
    public void Organisation_type_and_url_override_detected_values_and_the_type_is_lower_cased()
    {
        var detected = new DocumentMetadata("Titel", "Skåne", ["Skåne"], null, "Region Skåne");
        var applied = MetadataSidecar.Apply(detected, new MetadataOverride(Organisation: "Vänsterpartiet Skåne", DocumentType: "Budget", SourceUrl: "https://example.se/b"));
        Assert.Equal(detected with { Organisation = "Vänsterpartiet Skåne", DocumentType = "budget", SourceUrl = "https://example.se/b" }, applied);
        Assert.Null(MetadataSidecar.Apply(detected, new MetadataOverride(Organisation: "")).Organisation);
    }
}
