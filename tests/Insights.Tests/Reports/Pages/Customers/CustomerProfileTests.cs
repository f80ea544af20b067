using Insights.Reports.Pages.Customers;

namespace Insights.Tests.Reports.Pages.Customers;

/// <summary>The profile's numbers and timeline over the five-customer world (TestData/customers/README.md, "Profile").</summary>
public sealed class CustomerProfileTests(CustomerWorld world) : IClassFixture<CustomerWorld>
{
    CustomerProfileResult? Profile(int id, string? kind = null, int page = 1, PersonalDataView view = PersonalDataView.Full) =>
        world.Host.Get<CustomerProfileQuery>().Run(id, new CustomerTimelineFilter { Kind = kind, PageNumber = page }, view, CancellationToken.None);

    static readonly DateTime Jan5 = new(2024, 1, 5, 10, 0, 0);

    [Fact]
    public void The_profile_is_the_current_version_with_its_scores()
    {
        var bjorn = Profile(1)!.Customer;

        Assert.Equal(new CustomerProfile(1, "Björn Ångström", "Björn", "bjorn@example.com", "South", "web", new DateTime(2023, 11, 2, 8, 0, 0), false,
            new CustomerScores(Jan5, new DateOnly(2024, 4, 10), 2, 181.00m, 1, 5, 4, 4, "Champions", "Mixed", new DateOnly(2024, 4, 11))), bjorn);
        Assert.Null(Profile(5)!.Customer.Scores);
        Assert.True(Profile(4)!.Customer.IsInferred);
    }

    [Fact]
    public void An_unknown_id_has_no_profile() => Assert.Null(Profile(99));

    [Fact]
    public void The_timeline_lists_every_kind_newest_first()
    {
        var result = Profile(1)!;

        Assert.Equal(new TimelineCounts(2, 1, 1, 2, 1), result.Counts);
        Assert.Equal(
            [
                (new DateTime(2024, 4, 12, 10, 0, 0), TimelineKind.Complaint), (new DateTime(2024, 4, 11, 9, 30, 0), TimelineKind.Contact),
                (new DateTime(2024, 4, 10, 15, 0, 0), TimelineKind.Order), (new DateTime(2024, 3, 1), TimelineKind.Change),
                (new DateTime(2024, 1, 13, 9, 0, 0), TimelineKind.Complaint), (new DateTime(2024, 1, 12, 10, 0, 0), TimelineKind.Return),
                (Jan5, TimelineKind.Order),
            ],
            result.Timeline.Select(e => (e.At, e.Kind)));
    }

    [Fact]
    public void Each_event_carries_its_hand_computed_figures()
    {
        var events = Profile(1)!.Timeline;

        Assert.Equal(new OrderEvent(Jan5, 1001, "Web shop", "completed", 2, 3, 100.00m, 0.00m, 100.00m, "Trail shoes × 1, Wool socks × 2"),
            events.OfType<OrderEvent>().Last());
        Assert.Equal(new OrderEvent(new DateTime(2024, 4, 10, 15, 0, 0), 1002, "Store", "completed", 1, 1, 90.00m, 9.00m, 81.00m, "Trail shoes × 1"),
            events.OfType<OrderEvent>().First());
        Assert.Equal(new ReturnEvent(new DateTime(2024, 1, 12, 10, 0, 0), 501, 1001, "Wool socks", 2, 20.00m, "too small"), events.OfType<ReturnEvent>().Single());
        Assert.Equal(new ContactEvent(new DateTime(2024, 4, 11, 9, 30, 0), 701, "Phone", "inbound", "delivery", 330), events.OfType<ContactEvent>().Single());
        var change = events.OfType<ChangeEvent>().Single();
        Assert.Equal([new AttributeChange("Region", "North", "South"), new AttributeChange("E-mail", "bjorn.old@example.com", "bjorn@example.com")],
            change.Changes);
    }

    [Fact]
    public void Complaints_are_measured_against_their_severitys_target_now()
    {
        var result = Profile(1)!;

        var open = Assert.Single(result.OpenComplaints);
        Assert.Equal(802, open.ComplaintId);
        Assert.Equal(new ComplaintSla(48, 194, IsOpen: true), open.Sla);          // 2024-04-12 10:00 to 2024-04-20 12:00
        Assert.False(open.Sla.Met);
        Assert.Equal("breached: open 194 h, 146 h past its 48 h target", open.Sla.Describe());
        var resolved = result.Timeline.OfType<ComplaintEvent>().Single(c => c.ComplaintId == 801);
        Assert.Equal("met: resolved in 24 h (target 240 h)", resolved.Sla.Describe());
        Assert.Equal(new DateTime(2024, 1, 13, 12, 0, 0), resolved.FirstResponseAt);
        Assert.Equal("Socks too small", resolved.Text);
    }

    [Fact]
    public void A_kind_filter_shows_that_kind_and_keeps_every_count()
    {
        var result = Profile(1, kind: "order")!;

        Assert.Equal([1002L, 1001L], result.Timeline.Cast<OrderEvent>().Select(o => o.OrderId));
        Assert.Equal(7, result.Counts.Total(null));
        Assert.Empty(Profile(1, page: 2)!.Timeline);
    }

    [Fact]
    public void Product_sees_no_full_name_and_no_email_but_the_complaint_texts_as_on_the_service_pages()
    {
        var result = Profile(1, view: PersonalDataView.Masked)!;

        Assert.Equal("Björn", result.Customer.PreferredName);
        Assert.Null(result.Customer.FullName);
        Assert.Equal("b•••@example.com", result.Customer.Email);
        Assert.NotEmpty(result.Timeline.OfType<ComplaintEvent>());
        Assert.All(result.Timeline.OfType<ComplaintEvent>(), c => Assert.False(string.IsNullOrEmpty(c.Text)));
        Assert.Equal(new AttributeChange("E-mail", "b•••@example.com", "b•••@example.com"), result.Timeline.OfType<ChangeEvent>().Single().Changes[1]);
    }

    [Fact]
    public void Sla_states_cover_open_within_target_and_missed_and_no_target()
    {
        var targets = new Dictionary<string, double> { ["high"] = 48 };
        var opened = new DateTime(2024, 4, 20, 0, 0, 0);
        Assert.Equal("open 12 h, due in 36 h (target 48 h)",
            ComplaintSla.Of("High", opened, null, null, new DateTime(2024, 4, 20, 12, 0, 0), targets).Describe());
        Assert.Equal("missed: resolved in 50 h (target 48 h)",
            ComplaintSla.Of("high", opened, opened.AddHours(50), null, DateTime.MaxValue, targets).Describe());
        var none = ComplaintSla.Of("trivial", opened, opened.AddHours(5), 5, DateTime.MaxValue, targets);
        Assert.Null(none.Met);
        Assert.Equal("resolved in 5 h (no target for this severity)", none.Describe());
    }
}
