namespace Insights.Etl.Sources;

/// <summary>What one source load did: every row read is loaded, quarantined, or skipped because the warehouse had it.</summary>
public sealed record LoadCounts(long Read, long Loaded, long Rejected, long Skipped = 0)
{
    /// <summary>True when read = loaded + quarantined + skipped.</summary>
    public bool Reconciles => Read == Loaded + Rejected + Skipped;

    /// <summary>Sum of two loads.</summary>
    public static LoadCounts operator +(LoadCounts a, LoadCounts b) =>
        new(a.Read + b.Read, a.Loaded + b.Loaded, a.Rejected + b.Rejected, a.Skipped + b.Skipped);

    /// <summary>Nothing loaded.</summary>
    public static LoadCounts None { get; } = new(0, 0, 0);
}
