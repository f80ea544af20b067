namespace Insights.Demo;

/// <summary>What a generation wrote: row counts per kind and the revenue figures the warehouse must reproduce.</summary>
/// <param name="Customers">Customer rows written.</param>
/// <param name="Products">Product rows written.</param>
/// <param name="Orders">Order rows written (completed and cancelled).</param>
/// <param name="OrderLines">Order line rows written.</param>
/// <param name="Returns">Return rows written.</param>
/// <param name="Contacts">Contact rows written.</param>
/// <param name="Complaints">Complaint rows written.</param>
/// <param name="CompletedNetRevenue">
/// Sum over the lines of completed orders of quantity × unit_price − discount_amount (cancelled orders excluded).
/// </param>
/// <param name="RevenueByMonth">
/// <paramref name="CompletedNetRevenue"/> split by the month of ordered_at (key: first day of that month, UTC), in month
/// order; a month without completed orders has no entry.
/// </param>
public sealed record DemoSummary(
    long Customers,
    long Products,
    long Orders,
    long OrderLines,
    long Returns,
    long Contacts,
    long Complaints,
    decimal CompletedNetRevenue,
    IReadOnlyDictionary<DateOnly, decimal> RevenueByMonth);
