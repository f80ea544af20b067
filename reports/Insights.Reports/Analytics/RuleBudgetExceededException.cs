namespace Insights.Reports.Analytics;

/// <summary>Rule generation found more rules than its budget allows: the support or the confidence is too low for the shape asked.</summary>
public sealed class RuleBudgetExceededException(int budget)
    : Exception($"More than {budget:N0} rules pass these thresholds: raise the minimum support or confidence, lower the maximum length, or use one consequent.")
{
    /// <summary>The budget that was exceeded.</summary>
    public int Budget { get; } = budget;
}
