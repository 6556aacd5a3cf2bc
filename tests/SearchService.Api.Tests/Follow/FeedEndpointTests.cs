using System.Net;
using System.ServiceModel.Syndication;
using System.Xml;
using SearchService.Api.Tests.Regions;

namespace SearchService.Api.Tests.Follow;

public class FeedEndpointTests(MunicipalApiFactory factory) : IClassFixture<MunicipalApiFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task The_feed_is_valid_Atom_of_the_newest_matching_paragraphs_newest_document_first()
    {
        var response = await client.GetAsync("/api/search.atom?q=vårdplatser");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType?.MediaType);
        var feed = await LoadAsync(response);

        Assert.Equal("Policysök: vårdplatser", feed.Title.Text);
        var entries = feed.Items.ToList();
        Assert.NotEmpty(entries);
        Assert.Equal(entries.Select(e => e.LastUpdatedTime).OrderDescending(), entries.Select(e => e.LastUpdatedTime));
        Assert.Equal(new DateTimeOffset(2025, 1, 20, 0, 0, 0, TimeSpan.Zero), entries[0].LastUpdatedTime);
        Assert.Equal(entries[0].LastUpdatedTime, feed.LastUpdatedTime);
        Assert.Equal(["Umeå kommun", "Kiruna kommun", "Malmö stad"], entries.Select(e => e.Authors[0].Name).Distinct());
        Assert.All(entries, entry =>
        {
            var link = entry.Links.Single(l => l.RelationshipType == "alternate").Uri.OriginalString;
            Assert.Matches(@"^http://localhost/documents/[a-z0-9_-]+\?q=v%C3%A5rdplatser#p\d+$", link);
            // A paragraph found only by "platser" and "vård" apart has nothing to mark (issue 15).
            var summary = ((TextSyndicationContent)entry.Summary).Text;
            Assert.True(summary.Contains("<mark>", StringComparison.Ordinal) || !summary.Contains("vårdplats", StringComparison.OrdinalIgnoreCase), summary);
        });
        Assert.Contains(entries, e => ((TextSyndicationContent)e.Summary).Text.Contains("<mark>", StringComparison.Ordinal));
        // The seeds' dated paragraphs (2019) do not mention vårdplatser; undated documents are left out.
        Assert.DoesNotContain(entries, e => e.Id.Contains("004_", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Filters_narrow_the_feed_and_name_it()
    {
        var feed = await LoadAsync(await client.GetAsync("/api/search.atom?q=vårdplatser&region=norrbotten"));
        Assert.Equal("Policysök: vårdplatser i Norrbotten", feed.Title.Text);
        Assert.NotEmpty(feed.Items);
        Assert.All(feed.Items, e => Assert.Contains("/documents/kiruna-vardplatser", e.Id, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/api/search.atom", "q")]
    [InlineData("/api/search.atom?q=v%C3%A5rd&region=Atlantis", "region")]
    public async Task Bad_input_is_a_400_problem(string url, string parameter) =>
        await Problems.AssertBadRequestAsync(await client.GetAsync(url), parameter);

    private static async Task<SyndicationFeed> LoadAsync(HttpResponseMessage response)
    {
        using var reader = XmlReader.Create(await response.Content.ReadAsStreamAsync());
        var formatter = new Atom10FeedFormatter();
        Assert.True(formatter.CanRead(reader), "the answer is an Atom feed");
        formatter.ReadFrom(reader);
        return formatter.Feed;
    }
}
