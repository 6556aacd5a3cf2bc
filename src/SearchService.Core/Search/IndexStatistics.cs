using System.ComponentModel;

namespace SearchService.Core.Search;

/// <summary>The size and age of the index a service is serving.</summary>
public sealed record IndexStatistics(
    [property: Description("Number of documents.")] int Documents,
    [property: Description("Number of paragraphs.")] int Paragraphs,
    [property: Description("When the served commit was made (UTC), if recorded.")] DateTimeOffset? LastCommit);
