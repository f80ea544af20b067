namespace Insights.Reports.Pages.Intervals;

/// <summary>
/// One customer's purchase rhythm up to the calibration end (customer_gaps.sql): purchase days, the mean and median gap between
/// consecutive ones (null with a single purchase day), regularity as the gaps' coefficient of variation (0 = like clockwork),
/// and the days since the last purchase day.
/// </summary>
public sealed record CustomerGaps(
    int CustomerId,
    long PurchaseDays,
    double? MeanGapDays,
    double? MedianGapDays,
    double? GapCv,
    int DaysSinceLast,
    double MeanDayAmount,
    double TotalAmount,
    DateOnly LastPurchaseOn)
{
    /// <summary>Days since the last purchase divided by the customer's median gap (null with fewer than two purchase days).</summary>
    public double? OverdueRatio => MedianGapDays is > 0 ? DaysSinceLast / MedianGapDays : null;

    /// <summary>Value at risk: a year of spend at the customer's own rhythm, mean spend per purchase day × 365 / mean gap.</summary>
    public double? ValueAtRisk => MeanGapDays is > 0 ? MeanDayAmount * 365 / MeanGapDays : null;

    /// <summary>Column names of <see cref="CsvCells"/>.</summary>
    public static IReadOnlyList<string> CsvHeader { get; } =
    [
        "customer_id", "purchase_days", "mean_gap_days", "median_gap_days", "gap_cv", "days_since_last", "overdue_ratio",
        "mean_day_amount", "total_amount", "value_at_risk", "last_purchase_on",
    ];

    /// <summary>The row as CSV cells; the computed amounts (a mean, a year's spend) in cents, as money is read, not as a double
    /// prints (24633.120000000003).</summary>
    public IReadOnlyList<object?> CsvCells() =>
    [
        CustomerId, PurchaseDays, MeanGapDays, MedianGapDays, GapCv, DaysSinceLast, OverdueRatio, Cents(MeanDayAmount), TotalAmount,
        ValueAtRisk is { } risk ? Cents(risk) : null, LastPurchaseOn,
    ];

    static decimal Cents(double amount) => Math.Round((decimal)amount, 2, MidpointRounding.AwayFromZero);
}
