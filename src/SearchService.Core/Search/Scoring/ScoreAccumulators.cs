namespace SearchService.Core.Search.Scoring;

/// <summary>
/// The per-document and per-block arrays of a term-at-a-time search (<see cref="TermAtATimeSearch"/>),
/// sized for the largest segment. At a million paragraphs a set is about 15 MB: allocating one per query
/// made many concurrent searches slower through the garbage collector, so at most two sets per core exist.
/// A search finding all of them in use waits for one: it is never left to Lucene's scorers, whose float
/// sums differ in the last bit, so hits of equal score keep their order whatever the load; and more
/// searches at once than two per core would only share the same cores. Only the bit sets are cleared
/// between uses; a score or bound is written before it is read.
/// </summary>
internal sealed class ScoreAccumulators
{
    /// <summary>How many sets exist at most.</summary>
    public static readonly int Limit = Environment.ProcessorCount * 2;

    // One permit per set that may exist: a rented set holds one, a free set is on the stack.
    private static readonly SemaphoreSlim Permits = new(Limit, Limit);
    private static readonly Stack<ScoreAccumulators> Free = new();

    private ScoreAccumulators(int maxDoc)
    {
        Capacity = maxDoc;
        Matches = new ulong[DocBits.Words(maxDoc)];
        WordMatches = new ulong[DocBits.Words(maxDoc)];
        Best = new float[maxDoc];
        Sum = new float[maxDoc];
        Score = new float[maxDoc];
        Matched = new byte[maxDoc];
        var blocks = TermScoreBounds.Blocks(maxDoc);
        BlockBound = new double[blocks];
        WordBestBound = new double[blocks];
        WordSumBound = new double[blocks];
        ClauseBound = new double[blocks];
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

    /// <summary>Score bound of the query, by block of <see cref="TermScoreBounds.BlockSize"/> documents.</summary>
    public double[] BlockBound { get; }

    /// <summary>Largest clause bound of the word being bounded, by block.</summary>
    public double[] WordBestBound { get; }

    /// <summary>Sum of the clause bounds of the word being bounded, by block.</summary>
    public double[] WordSumBound { get; }

    /// <summary>Bound of the clause being bounded when it is a sum of terms, by block.</summary>
    public double[] ClauseBound { get; }

    private int Capacity { get; }

    /// <summary>A set for segments of up to <paramref name="maxDoc"/> documents, waiting while
    /// <see cref="Limit"/> sets are in use; give it back with <see cref="Return"/>.</summary>
    public static ScoreAccumulators Rent(int maxDoc)
    {
        Permits.Wait();
        try
        {
            ScoreAccumulators? free;
            lock (Free)
            {
                Free.TryPop(out free);
            }
            // A set made for a smaller index is dropped for a new one under the same permit.
            return free is not null && free.Capacity >= maxDoc ? free : new ScoreAccumulators(maxDoc);
        }
        catch
        {
            Permits.Release();
            throw;
        }
    }

    public static void Return(ScoreAccumulators accumulators)
    {
        lock (Free)
        {
            Free.Push(accumulators);
        }
        Permits.Release();
    }
}
