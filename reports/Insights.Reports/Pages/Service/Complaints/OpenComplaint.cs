namespace Insights.Reports.Pages.Service.Complaints;

/// <summary>
/// An open complaint in view as the load left it (open_complaints.sql): what does not change while it waits. Its age and SLA
/// state against a "now" come from <see cref="AsAt"/>, so a new clock step costs a pass over the open complaints only.
/// It carries every attribute a breakdown groups by, so one list serves every breakdown of its filter (<see cref="GroupOf"/>).
/// </summary>
public sealed record OpenComplaint(long ComplaintId, long CustomerId, string? FullName, string? PreferredName, string? Email,
    string Severity, string Category, string Region, string? Text, string? ProductCategory, string? OrderChannel, string? OpenedMonth,
    double? TargetHours, DateTime OpenedAt)
{
    /// <summary>
    /// Its group in the breakdown <paramref name="by"/> (as breakdown.sql groups: "(all)" for the total, "(none)" for a missing
    /// value), whose breaches it adds to.
    /// </summary>
    public string GroupOf(string by) => by switch
    {
        "complaint-category" => Category,
        "product-category" => ProductCategory,
        "order-channel" => OrderChannel,
        "region" => Region,
        "month" => OpenedMonth,
        "severity" => Severity,
        _ => "(all)",
    } ?? "(none)";

    /// <summary>
    /// The backlog row as at <paramref name="now"/>: age = whole seconds from opening to now in hours (as DuckDB's
    /// date_diff('second', …) / 3600.0 gave it), breaching when a target exists and the age is strictly above it.
    /// </summary>
    public BacklogRow AsAt(DateTime now)
    {
        var ageHours = ((now.Ticks - OpenedAt.Ticks) / TimeSpan.TicksPerSecond) / 3600.0;
        var breaching = TargetHours is { } target && ageHours > target;
        return new BacklogRow(ComplaintId, CustomerId, FullName, PreferredName, Email, Severity, Category, Region, Text, breaching,
            ageHours, TargetHours, breaching ? ageHours - TargetHours : null, OpenedAt);
    }
}
