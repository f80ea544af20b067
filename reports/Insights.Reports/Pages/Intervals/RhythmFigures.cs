namespace Insights.Reports.Pages.Intervals;

/// <summary>
/// What the rhythm section shows of every customer's gaps: how many customers, how many bought on two or more days, the median
/// of their median gaps and the histogram's bins. A few numbers, so the page's result is kept per warehouse state without the
/// gaps themselves and read, not computed, while a load runs.
/// </summary>
public sealed record RhythmFigures(int Customers, int Repeaters, double MedianOfMedianGaps, long[] Bins)
{
    /// <summary>The figures of <paramref name="gaps"/>.</summary>
    public static RhythmFigures From(IReadOnlyList<CustomerGaps> gaps)
    {
        var medians = gaps.Where(g => g.MedianGapDays is not null).Select(g => g.MedianGapDays!.Value).Order().ToList();
        return new RhythmFigures(gaps.Count, medians.Count, medians.Count == 0 ? 0 : medians[medians.Count / 2], GapHistogramChart.Bins(gaps));
    }
}
