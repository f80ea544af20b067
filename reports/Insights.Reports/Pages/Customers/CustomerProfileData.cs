using Insights.Reports.Access;

namespace Insights.Reports.Pages.Customers;

/// <summary>
/// What one profile view reads from the warehouse, before the reader or the clock matter: the customer unmasked, the complaints
/// without their SLA state, the versions before their changes are masked; each kind of event newest first, as far as the
/// timeline page needs. <see cref="CustomerPageCache"/> keeps it per warehouse state; <see cref="Present"/> makes the page of it.
/// </summary>
sealed record CustomerProfileData(CustomerProfile Customer, IReadOnlyList<ComplaintRow> OpenComplaints,
    IReadOnlyList<OrderEvent> Orders, IReadOnlyList<ReturnEvent> Returns, IReadOnlyList<ContactEvent> Contacts,
    IReadOnlyList<ComplaintRow> Complaints, IReadOnlyList<CustomerVersion> Versions,
    long OrderCount, long ReturnCount, long ContactCount, long ComplaintCount, CustomerModelFigures Model)
{
    /// <summary>
    /// The page of <paramref name="filter"/> as <paramref name="view"/> may see it, the complaints' SLA states measured at
    /// <paramref name="now"/> against <paramref name="targets"/> (hours by severity).
    /// </summary>
    public CustomerProfileResult Present(CustomerTimelineFilter filter, PersonalDataView view, DateTime now,
        IReadOnlyDictionary<string, double> targets)
    {
        var changes = TimelineRows.Changes(Versions, view);
        var shown = new List<TimelineEvent>();
        if (filter.Shows(TimelineKind.Order)) shown.AddRange(Orders);
        if (filter.Shows(TimelineKind.Return)) shown.AddRange(Returns);
        if (filter.Shows(TimelineKind.Contact)) shown.AddRange(Contacts);
        if (filter.Shows(TimelineKind.Complaint)) shown.AddRange(Complaints.Select(c => c.ToEvent(now, targets, view)));
        if (filter.Shows(TimelineKind.Change)) shown.AddRange(changes);
        var page = shown.OrderByDescending(e => e.At).ThenBy(e => e.Kind)
            .Skip((filter.PageNumber - 1) * CustomerTimelineFilter.PageSize).Take(CustomerTimelineFilter.PageSize).ToList();
        var counts = new TimelineCounts(OrderCount, ReturnCount, ContactCount, ComplaintCount, changes.Count);
        var open = OpenComplaints.Select(c => c.ToEvent(now, targets, view)).ToList();
        return new CustomerProfileResult(PersonalDataPolicy.Apply(Customer, view), open, page, counts, now, Model);
    }
}

/// <summary>A complaint as timeline_complaints.sql gives it: the customer's own words unmasked, no SLA state yet.</summary>
sealed record ComplaintRow(DateTime OpenedAt, long ComplaintId, string Status, string Category, string Severity,
    DateTime? FirstResponseAt, DateTime? ResolvedAt, double? HoursToResolve, string? Text, long? OrderId, string? Product)
{
    /// <summary>
    /// The complaint with its SLA state at <paramref name="now"/>. Its text shows to every reader, as on the service pages
    /// (<see cref="PersonalDataPolicy"/>: the policy masks who the customer is, not what they wrote about a product or a service).
    /// </summary>
    public ComplaintEvent ToEvent(DateTime now, IReadOnlyDictionary<string, double> targets, PersonalDataView view) =>
        new(OpenedAt, ComplaintId, Status, Category, Severity, FirstResponseAt, ResolvedAt, Text,
            OrderId, Product, ComplaintSla.Of(Severity, OpenedAt, ResolvedAt, HoursToResolve, now, targets));
}
