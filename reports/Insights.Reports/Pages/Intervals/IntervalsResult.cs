namespace Insights.Reports.Pages.Intervals;

/// <summary>What the purchase-interval page shows.</summary>
public sealed record IntervalsResult(
    IntervalsSettings? Settings,
    string Section,
    IntervalsModelResult? Model,
    IReadOnlyList<CustomerScore> TopCustomers,
    IReadOnlyList<CustomerGaps> Gaps,
    IReadOnlyList<CustomerGaps> Overdue,
    IReadOnlyList<CategoryCycle> Categories,
    IReadOnlyList<CategoryOverdue> CategoryOverdue,
    string? Problem)
{
    /// <summary>Before the first load, or with a calibration end before the first purchase.</summary>
    public static IntervalsResult Empty(string? problem = null) => new(null, IntervalsFilter.Sections[0], null, [], [], [], [], [], problem);

    /// <summary>True when there is something to show (the section's lists may still be empty).</summary>
    public bool HasData => Settings is not null && Problem is null;

    /// <summary>Customers with two or more purchase days (a median gap).</summary>
    public int Repeaters => Gaps.Count(g => g.MedianGapDays is not null);

    /// <summary>The median of the repeaters' median gaps in days (0 without repeaters): the typical rhythm.</summary>
    public double MedianOfMedianGaps
    {
        get
        {
            var medians = Gaps.Where(g => g.MedianGapDays is not null).Select(g => g.MedianGapDays!.Value).Order().ToList();
            return medians.Count == 0 ? 0 : medians[medians.Count / 2];
        }
    }

    /// <summary>Customers per whole week of median gap, 0..51 and 52+ (the gap histogram's bars and table).</summary>
    public long[] GapBins => GapHistogramChart.Bins(Gaps);

    /// <summary>The category bought again most often (null without categories).</summary>
    public CategoryCycle? MostRebought => Categories.MaxBy(c => c.Gaps);
}
