namespace Insights.Reports.Pages.Intervals;

/// <summary>
/// A customer overdue in one category (category_overdue.sql): bought it on two or more days, and the days since the last of them
/// are at least the overdue factor × the category's median replenishment cycle.
/// </summary>
public sealed record CategoryOverdue(int CustomerId, string Category, long PurchaseDays, double MedianCycleDays, int DaysSinceLast,
    double OverdueRatio, DateOnly LastPurchaseOn)
{
    /// <summary>Column names of <see cref="CsvCells"/>.</summary>
    public static IReadOnlyList<string> CsvHeader { get; } =
        ["customer_id", "category", "purchase_days", "median_cycle_days", "days_since_last", "overdue_ratio", "last_purchase_on"];

    /// <summary>The row as CSV cells.</summary>
    public IReadOnlyList<object?> CsvCells() => [CustomerId, Category, PurchaseDays, MedianCycleDays, DaysSinceLast, OverdueRatio, LastPurchaseOn];
}
