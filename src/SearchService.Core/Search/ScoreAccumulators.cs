using System.Collections.Concurrent;

namespace SearchService.Core.Search;

/// <summary>
/// The per-document arrays of a term-at-a-time search (<see cref="TermAtATimeSearch"/>), sized for the
/// largest segment and pooled: at a million paragraphs they are about 15 MB, too much to allocate per
/// query. Only the bit sets are cleared between uses; a score is written before it is read.
/// </summary>
internal sealed class ScoreAccumulators
{
    private static readonly ConcurrentBag<ScoreAccumulators> Pool = [];
    private static readonly int Kept = Environment.ProcessorCount * 2;

    private ScoreAccumulators(int maxDoc)
    {
        Capacity = maxDoc;
        Matches = new ulong[DocBits.Words(maxDoc)];
        WordMatches = new ulong[DocBits.Words(maxDoc)];
        Best = new float[maxDoc];
        Sum = new float[maxDoc];
        Score = new float[maxDoc];
        Matched = new byte[maxDoc];
    }

    /// <summary>Documents of the query so far.</summary>
    public ulong[] Matches { get; }

    /// <summary>Documents of the word being read.</summary>
    public ulong[] WordMatches { get; }

    /// <summary>Best clause score of the word being read, by document.</summary>
    public float[] Best { get; }

    /// <summary>Sum of the clause scores of the word being read, by document.</summary>
    public float[] Sum { get; }

    /// <summary>Sum of the word scores of the query so far, by document.</summary>
    public float[] Score { get; }

    /// <summary>How many words of the query a document matched so far.</summary>
    public byte[] Matched { get; }

    private int Capacity { get; }

    /// <summary>Arrays for segments of up to <paramref name="maxDoc"/> documents.</summary>
    public static ScoreAccumulators Rent(int maxDoc)
    {
        while (Pool.TryTake(out var pooled))
        {
            if (pooled.Capacity >= maxDoc)
            {
                return pooled;
            }
        }
        return new ScoreAccumulators(maxDoc);
    }

    public static void Return(ScoreAccumulators accumulators)
    {
        if (Pool.Count < Kept)
        {
            Pool.Add(accumulators);
        }
    }
}
