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
}
