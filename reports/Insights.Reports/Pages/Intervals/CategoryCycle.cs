namespace Insights.Reports.Pages.Intervals;

/// <summary>
/// A category's replenishment cycle: the days between consecutive purchase days of the category by the same customer, its
/// quartiles, and <see cref="GapsPerWeek"/>, how many gaps fell in each whole week 0..25 (index 26: 26 weeks or more).
/// </summary>
public sealed record CategoryCycle(string Category, long Gaps, double MeanGapDays, double P25GapDays, double MedianGapDays,
    double P75GapDays, IReadOnlyList<long> GapsPerWeek)
{
    /// <summary>Column names of <see cref="CsvCells"/>.</summary>
    public static IReadOnlyList<string> CsvHeader { get; } =
        ["category", "gaps", "mean_gap_days", "p25_gap_days", "median_gap_days", "p75_gap_days"];

    /// <summary>The row as CSV cells.</summary>
    public IReadOnlyList<object?> CsvCells() => [Category, Gaps, MeanGapDays, P25GapDays, MedianGapDays, P75GapDays];
}
