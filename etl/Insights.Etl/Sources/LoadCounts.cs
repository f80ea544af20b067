namespace Insights.Etl.Sources;

/// <summary>What one source load did: every row read is either loaded or quarantined.</summary>
public sealed record LoadCounts(long Read, long Loaded, long Rejected)
{
    /// <summary>True when read = loaded + rejected.</summary>
    public bool Reconciles => Read == Loaded + Rejected;

    /// <summary>Sum of two loads.</summary>
    public static LoadCounts operator +(LoadCounts a, LoadCounts b) => new(a.Read + b.Read, a.Loaded + b.Loaded, a.Rejected + b.Rejected);

    /// <summary>Nothing loaded.</summary>
    public static LoadCounts None { get; } = new(0, 0, 0);
}
