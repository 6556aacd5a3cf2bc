using System.Runtime.CompilerServices;
using SearchService.Cluster.Serving;
using SearchService.Core.Search;

namespace SearchService.Cluster.Coordination;

/// <summary>
/// Every match of a search over every shard, in document order (id, then paragraph): the shards' pages merged as
/// they are read, each shard asked for its next page (after its last row, on whichever replica answers) when its
/// page runs out. Each page may come from a newer generation than the one before; the cursor keeps the order.
/// </summary>
public sealed class MergedExport
{
    /// <summary>Rows a shard is asked for at a time, unless told otherwise.</summary>
    public const int PageRows = 200;

    private readonly ScatterGather shards;
    private readonly ShardQuery query;
    private readonly IReadOnlyList<(int Shard, MatchPage Page)> first;

    internal MergedExport(ScatterGather shards, ShardQuery query, IReadOnlyList<(ShardAnswer Answer, MatchPage Part)> answered)
    {
        this.shards = shards;
        this.query = query;
        first = [.. answered.Select(a => (a.Answer.Shard, a.Part))];
    }

    /// <summary>The rows, merged by document id and paragraph.</summary>
    /// <exception cref="ShardUnavailableException">A shard did not answer for its next page (the export cannot be completed).</exception>
    public async IAsyncEnumerable<MatchRow> RowsAsync([EnumeratorCancellation] CancellationToken cancellation)
    {
        var pending = first.Select(f => new ShardRows(f.Shard, f.Page)).Where(s => s.HasRow).ToList();
        while (pending.Count > 0)
        {
            var next = pending.MinBy(s => s.Current, Order)!;
            yield return next.Current;
            if (!next.Advance())
            {
                if (!next.More)
                {
                    pending.Remove(next);
                    continue;
                }
                var answer = await shards.AskOneAsync(next.Shard, query with { Export = new ExportQuery(new MatchCursor(next.Last.DocumentId, next.Last.Paragraph), query.Export!.Count) }, cancellation);
                if (answer?.Export is not { } page)
                {
                    throw new ShardUnavailableException([ClusterNames.Shard(next.Shard)]);
                }
                next.Turn(page);
                if (!next.HasRow)
                {
                    pending.Remove(next);
                }
            }
        }
    }

    // Document ids hold only ASCII letters, digits and "_-.", so ordinal order is the index's byte order.
    private static readonly Comparer<MatchRow> Order = Comparer<MatchRow>.Create((a, b) =>
        string.CompareOrdinal(a.DocumentId, b.DocumentId) is var byDocument and not 0 ? byDocument : a.Paragraph.CompareTo(b.Paragraph));

    // One shard's current page and position in it.
    private sealed class ShardRows(int shard, MatchPage page)
    {
        private MatchPage page = page;
        private int at;

        public int Shard => shard;

        public bool HasRow => at < page.Rows.Count;

        public bool More => page.More;

        public MatchRow Current => page.Rows[at];

        public MatchRow Last => page.Rows[^1];

        public bool Advance() => ++at < page.Rows.Count;

        public void Turn(MatchPage next)
        {
            page = next;
            at = 0;
        }
    }
}
