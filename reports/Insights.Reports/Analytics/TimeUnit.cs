namespace Insights.Reports.Analytics;

/// <summary>The unit in which recency, T, α and horizons are measured.</summary>
public enum TimeUnit
{
    /// <summary>Days.</summary>
    Days,

    /// <summary>Weeks of 7 days.</summary>
    Weeks,
}
