namespace SearchService.Core.Search.Scoring;

/// <summary>
/// The per-document arrays of a term-at-a-time search (<see cref="TermAtATimeSearch"/>), sized for the
/// largest segment. At a million paragraphs a set is about 15 MB: allocating one per query made many
/// concurrent searches slower through the garbage collector, so at most two sets per core exist and
/// a search that finds none free is left to Lucene's scorers. Only the bit sets are cleared between
/// uses; a score is written before it is read.
/// </summary>
internal sealed class ScoreAccumulators
{
    private static readonly int Limit = Environment.ProcessorCount * 2;
    private static readonly Stack<ScoreAccumulators> Free = new();
    private static int created;

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

    /// <summary>A free set for segments of up to <paramref name="maxDoc"/> documents, or null when all are in use.</summary>
    public static ScoreAccumulators? TryRent(int maxDoc)
    {
        lock (Free)
        {
            if (Free.TryPop(out var free))
            {
                if (free.Capacity >= maxDoc)
                {
                    return free;
                }
                // Made for a smaller index: replaced below.
                created--;
            }
            if (created >= Limit)
            {
                return null;
            }
            created++;
        }
        return new ScoreAccumulators(maxDoc);
    }

    public static void Return(ScoreAccumulators accumulators)
    {
        lock (Free)
        {
            Free.Push(accumulators);
        }
    }
}
