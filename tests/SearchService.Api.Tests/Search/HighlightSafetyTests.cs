using System.Net;
using System.Net.Http.Json;
using System.Text;
using SearchService.Core.Search;

namespace SearchService.Api.Tests.Search;

public class HighlightSafetyTests(HostileTextApiFactory factory) : IClassFixture<HostileTextApiFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task Highlights_and_snippets_hold_no_markup_but_mark()
    {
        var hits = await Hits("vårdplatser");
        Assert.Equal(4, hits.Count);
        foreach (var hit in hits)
        {
            foreach (var html in new[] { hit.Highlight, hit.Snippet })
            {
                Assert.Contains("<mark>", html, StringComparison.Ordinal);
                var unmarked = WithoutMarks(html);
                Assert.DoesNotContain('<', unmarked);
                Assert.DoesNotContain('>', unmarked);
                Assert.DoesNotContain('"', unmarked);
                Assert.DoesNotContain('\'', unmarked);
            }
        }
    }

    [Fact]
    public async Task The_highlight_is_the_text_escaped_so_a_page_shows_exactly_what_was_written()
    {
        foreach (var hit in await Hits("vårdplatser"))
        {
            Assert.Equal(hit.Text, WebUtility.HtmlDecode(WithoutMarks(hit.Highlight)));
        }
        var script = WithoutMarks(Assert.Single(await Hits("script")).Highlight);
        Assert.Contains("&lt;script&gt;alert(&quot;xss&quot;)&lt;/script&gt;", script, StringComparison.Ordinal);
        var image = WithoutMarks(Assert.Single(await Hits("bilden")).Highlight);
        Assert.Contains("onerror=&quot;alert(&#39;xss&#39;)&quot;&gt;", image, StringComparison.Ordinal);
        Assert.Contains("&amp; köer &amp;amp; mer", image, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_mark_written_in_the_text_stays_text()
    {
        var hit = Assert.Single(await Hits("samtidigt"));
        Assert.Contains("&lt;/mark&gt;&lt;mark&gt;", hit.Highlight, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Broken_surrogate_pairs_come_back_as_replacement_characters_in_valid_JSON()
    {
        var response = await client.GetAsync("/api/search?q=trasiga+OR+ensam");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        _ = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        var hit = Assert.Single((await response.Content.ReadFromJsonAsync<SearchResult>())!.Hits);
        foreach (var text in new[] { hit.Text, hit.Highlight, hit.Snippet })
        {
            Assert.True(IsWellFormed(text), text);
            Assert.Contains('\uFFFD', text);
        }
    }

    private async Task<IReadOnlyList<SearchHit>> Hits(string query) =>
        (await client.GetFromJsonAsync<SearchResult>("/api/search?pageSize=100&q=" + Uri.EscapeDataString(query)))!.Hits;

    private static string WithoutMarks(string html) =>
        html.Replace("<mark>", "", StringComparison.Ordinal).Replace("</mark>", "", StringComparison.Ordinal);

    private static bool IsWellFormed(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return false;
            }
        }
        return true;
    }
}
