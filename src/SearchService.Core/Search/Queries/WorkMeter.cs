namespace SearchService.Core.Search.Queries;

/// <summary>
/// The expansion work (<see cref="NeighbourBudget.WorkUnits"/>) the searches of one request spent, summed,
/// for a rate limit weighted by cost: the host sets <see cref="Current"/> around a request, every budget
/// created under it adds what it spends, and the host reads <see cref="Units"/> when the request is done.
/// A request answered from the result cache spends nothing.
/// </summary>
public sealed class WorkMeter
{
    private static readonly AsyncLocal<WorkMeter?> Ambient = new();

    private int units;

    /// <summary>The meter of the request running on this logical thread, if its host set one.</summary>
    public static WorkMeter? Current
    {
        get => Ambient.Value;
        set => Ambient.Value = value;
    }

    /// <summary>Work units spent so far.</summary>
    public int Units => Volatile.Read(ref units);

    internal void Add(int spent) => Interlocked.Add(ref units, spent);
}
