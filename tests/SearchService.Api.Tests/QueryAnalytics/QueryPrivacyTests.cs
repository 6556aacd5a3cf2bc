using SearchService.Api.QueryAnalytics;

namespace SearchService.Api.Tests.QueryAnalytics;

public class QueryPrivacyTests
{
    [Theory]
    [InlineData("19900101-1234")]
    [InlineData("199001011234")]
    [InlineData("900101-1234")]
    [InlineData("9001011234")]
    [InlineData("900101+1234")]
    [InlineData("900161-1234")] // samordningsnummer: day + 60
    [InlineData("19900161-1234")]
    [InlineData("900101 1234")]
    [InlineData("remiss för 19900101-1234 vårdplats")]
    [InlineData("anna.svensson@example.se")]
    [InlineData("mejla kalle@region.se om tolk")]
    public void A_query_holding_an_identity_number_or_an_email_address_is_not_kept(string query) =>
        Assert.Null(QueryPrivacy.Keepable(query));

    [Theory]
    [InlineData("Vårdplatser", "vårdplatser")]
    [InlineData("  vård   platser\t", "vård platser")]
    [InlineData("budget 2024-2025", "budget 2024-2025")]
    [InlineData("dnr 12345", "dnr 12345")]
    [InlineData("\"hälso- och sjukvård\" -tandvård", "\"hälso- och sjukvård\" -tandvård")]
    [InlineData("Va\u030Ardplatser", "vårdplatser")] // decomposed å becomes one letter
    public void Other_queries_are_kept_lower_cased_with_single_spaces(string query, string kept) =>
        Assert.Equal(kept, QueryPrivacy.Keepable(query));
}
