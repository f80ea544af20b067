namespace Insights.Reports.Pages.Intervals;

/// <summary>What the purchase-interval page shows.</summary>
public sealed record IntervalsResult(
    IntervalsSettings? Settings,
    IntervalsModelResult? Model,
    IReadOnlyList<CustomerScore> TopCustomers,
    IReadOnlyList<CustomerGaps> Gaps,
    IReadOnlyList<CustomerGaps> Overdue,
    IReadOnlyList<CategoryCycle> Categories,
    IReadOnlyList<CategoryOverdue> CategoryOverdue,
    string? Problem)
{
    /// <summary>Before the first load, or with a calibration end before the first purchase.</summary>
    public static IntervalsResult Empty(string? problem = null) => new(null, null, [], [], [], [], [], problem);

    /// <summary>True when there is something to show.</summary>
    public bool HasData => Model is { Customers.Count: > 0 };
}
