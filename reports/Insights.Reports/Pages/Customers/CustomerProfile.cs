using Insights.Reports.Access;

namespace Insights.Reports.Pages.Customers;

/// <summary>The customer's current RFM scores (mart_customer_rfm, the loyalty report's default view).</summary>
public sealed record CustomerScores(DateTime FirstOrderedAt, DateOnly LastOrderedOn, long CountOrders, decimal NetAmount,
    int RecencyDays, int RScore, int FScore, int MScore, string Segment, string PriceClass, DateOnly AsOf);

/// <summary>Who the customer is now: the current version and, when they have a completed order, their scores.</summary>
public sealed record CustomerProfile(int CustomerId, string? FullName, string? PreferredName, string? Email, string Region,
    string SignupChannel, DateTime? SignedUpAt, bool IsInferred, CustomerScores? Scores) : IHasPersonalData<CustomerProfile>
{
    /// <inheritdoc />
    public PersonalData PersonalData => new(FullName, PreferredName, Email);

    /// <inheritdoc />
    public CustomerProfile WithPersonalData(PersonalData data) =>
        this with { FullName = data.FullName, PreferredName = data.PreferredName, Email = data.Email };
}

/// <summary>How many events of each kind the customer has in all (the timeline shows a page of them).</summary>
public sealed record TimelineCounts(long Orders, long Returns, long Contacts, long Complaints, long Changes)
{
    /// <summary>The count of <paramref name="kind"/>.</summary>
    public long Of(TimelineKind kind) => kind switch
    {
        TimelineKind.Order => Orders,
        TimelineKind.Return => Returns,
        TimelineKind.Contact => Contacts,
        TimelineKind.Complaint => Complaints,
        _ => Changes,
    };

    /// <summary>Every event, or those of <paramref name="kind"/>.</summary>
    public long Total(TimelineKind? kind) => kind is { } k ? Of(k) : Orders + Returns + Contacts + Complaints + Changes;
}

/// <summary>The profile page's data, as the reader may see it.</summary>
/// <param name="Customer">The customer now.</param>
/// <param name="OpenComplaints">Every open complaint, newest first, with its SLA state now.</param>
/// <param name="Timeline">One page of events, newest first.</param>
/// <param name="Counts">Events of each kind in all.</param>
/// <param name="Now">The time the SLA states are measured at.</param>
/// <param name="Model">The purchase-model figures and next-best offers, from the marts fitted once per load.</param>
public sealed record CustomerProfileResult(CustomerProfile Customer, IReadOnlyList<ComplaintEvent> OpenComplaints,
    IReadOnlyList<TimelineEvent> Timeline, TimelineCounts Counts, DateTime Now, CustomerModelFigures Model);
