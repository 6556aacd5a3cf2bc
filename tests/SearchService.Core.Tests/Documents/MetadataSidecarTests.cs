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

    [Theory]
    [InlineData("""{ "a.txt": { "region": "Atlantis" } }""", "unknown region")]
    [InlineData("""{ "a.txt": { "date": "13/6 2023" } }""", "yyyy-MM-dd")]
    [InlineData("""{ "a.txt": """, "not valid metadata JSON")]
    public void Invalid_sidecars_are_rejected_with_a_message(string json, string message)
    {
        using var folder = new TemporaryFolder();
        File.WriteAllText(Path.Combine(folder.Path, MetadataSidecar.FileName), json);
        var error = Assert.Throws<InvalidDataException>(() => MetadataSidecar.Read(folder.Path));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }
}
