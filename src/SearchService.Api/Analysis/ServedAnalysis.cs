using SearchService.Core.Analysis;

namespace SearchService.Api.Analysis;

/// <summary>The analysis <c>/api/analyze</c> explains: on a single node the served index's own; on a cluster's
/// coordinator, which has no index, the one every shard is indexed with, made at the first request.</summary>
public sealed class ServedAnalysis(Func<TextAnalysis> current)
{
    /// <summary>The analysis in use now.</summary>
    public TextAnalysis Current => current();
}
