namespace Insights.Reports.Analytics;

/// <summary>FP-growth found more frequent itemsets than its budget allows: the support is too low (or the length too high).</summary>
public sealed class ItemsetBudgetExceededException(int budget)
    : Exception($"More than {budget:N0} itemsets are frequent at this support: raise the minimum support or lower the maximum length.")
{
    /// <summary>The budget that was exceeded.</summary>
    public int Budget { get; } = budget;
}
