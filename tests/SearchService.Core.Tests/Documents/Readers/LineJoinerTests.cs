using SearchService.Core.Documents.Readers.Pdf;

namespace SearchService.Core.Tests.Documents.Readers;

public class LineJoinerTests
{
    [Theory]
    [InlineData("antalet vård-", "platser ökar", "antalet vårdplatser ökar")]
    [InlineData("satsa på hälso-", "och sjukvård", "satsa på hälso- och sjukvård")]
    [InlineData("kort-", "eller långsiktig", "kort- eller långsiktig")]
    [InlineData("även EU-", "medborgare", "även EU-medborgare")]
    [InlineData("plan för 2026-", "2027", "plan för 2026-2027")]
    [InlineData("ett tankstreck -", "här", "ett tankstreck - här")]
    [InlineData("slutet av raden", "nästa rad", "slutet av raden nästa rad")]
    public void Lines_are_joined_keeping_only_real_hyphens(string before, string after, string joined) =>
        Assert.Equal(joined, LineJoiner.Join(before, after));

    [Theory]
    [InlineData("ﬁnansplan", "finansplan")]
    [InlineData("ﬂyktingar", "flyktingar")]
    [InlineData("eﬀekt och eﬃcient", "effekt och efficient")]
    [InlineData("va\u030Ard", "vård")]
    public void Ligatures_and_combining_marks_are_normalised(string raw, string expected) =>
        Assert.Equal(expected, Ligatures.Normalize(raw));
}
